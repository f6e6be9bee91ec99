package reassort.store;

import java.util.Arrays;

/** Sales lines of one block as parallel arrays, reused from block to block to keep the garbage down. */
final class LineList {
    int size;
    int[] day;
    boolean[] isReturn;
    double[] quantity;
    double[] amount;
    String[] promo;

    LineList() {
        this(64);
    }

    /** A small capacity for the many lists held at once (the kept lines of every block a commit rewrites). */
    LineList(int capacity) {
        day = new int[capacity];
        isReturn = new boolean[capacity];
        quantity = new double[capacity];
        amount = new double[capacity];
        promo = new String[capacity];
    }

    void clear() {
        Arrays.fill(promo, 0, size, null);
        size = 0;
    }

    void add(int epochDay, boolean returned, double units, double value, String promoCode) {
        if (size == day.length) grow();
        day[size] = epochDay;
        isReturn[size] = returned;
        quantity[size] = units;
        amount[size] = value;
        promo[size] = promoCode;
        size++;
    }

    void addFrom(LineList other, int index) {
        add(other.day[index], other.isReturn[index], other.quantity[index], other.amount[index], other.promo[index]);
    }

    private void grow() {
        int capacity = Math.max(8, day.length * 2);
        day = Arrays.copyOf(day, capacity);
        isReturn = Arrays.copyOf(isReturn, capacity);
        quantity = Arrays.copyOf(quantity, capacity);
        amount = Arrays.copyOf(amount, capacity);
        promo = Arrays.copyOf(promo, capacity);
    }
}
