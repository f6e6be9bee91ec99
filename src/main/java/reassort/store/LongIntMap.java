package reassort.store;

/** An open-addressing map from long keys to int values without boxing; absent keys read as -1. */
final class LongIntMap {
    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; used[slot]; slot = (slot + 1) & mask) {
            if (keys[slot] == key) return values[slot];
        }
        return -1;
    }

    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) rehash();
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    int size() {
        return size;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) put(oldKeys[i], oldValues[i]);
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return "LongIntMap[" + size + " of " + keys.length + " slots]";
    }
}
