package reassort.io;

import java.nio.charset.StandardCharsets;

/**
 * Remembers the keys seen in a dataset (SKU, location code, stock SKU × location × date...) and the row each was
 * first seen on, to report duplicates. Keys are kept as 64-bit hashes in open-addressing arrays (16 bytes a key),
 * so a million stock rows take about 32 MB; two different keys share a hash with odds near 1 in 10^7 per million
 * keys, which would wrongly flag one row as a duplicate.
 */
final class KeyRegistry {
    private static final long EMPTY = 0;
    private long[] hashes = new long[1024];
    private long[] rows = new long[1024];
    private int size;

    /** Records the key on this row; returns the row it was first seen on, or 0 when it is new. */
    long firstRowOf(String key, long row) {
        long hash = hash(key);
        if (hash == EMPTY) hash = 1;
        if (size * 2 >= hashes.length) grow();
        int mask = hashes.length - 1;
        int slot = (int) (mix(hash) & mask);
        while (hashes[slot] != EMPTY) {
            if (hashes[slot] == hash) return rows[slot];
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        rows[slot] = row;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new long[oldRows.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] == EMPTY) continue;
            int slot = (int) (mix(oldHashes[i]) & mask);
            while (hashes[slot] != EMPTY) slot = (slot + 1) & mask;
            hashes[slot] = oldHashes[i];
            rows[slot] = oldRows[i];
        }
    }

    /** FNV-1a over the UTF-8 bytes, 64 bits. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
