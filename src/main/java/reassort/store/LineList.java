package reassort.store;

import java.util.Arrays;

/** Sales lines of one block as parallel arrays, reused from block to block to keep the garbage down. */
final class LineList {
    int size;
    int[] day = new int[64];
    boolean[] isReturn = new boolean[64];
    double[] quantity = new double[64];
    double[] amount = new double[64];
    String[] promo = new String[64];

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
        int capacity = day.length * 2;
        day = Arrays.copyOf(day, capacity);
        isReturn = Arrays.copyOf(isReturn, capacity);
        quantity = Arrays.copyOf(quantity, capacity);
        amount = Arrays.copyOf(amount, capacity);
        promo = Arrays.copyOf(promo, capacity);
    }
}
