package org.rempart.contacts.imports;

import java.util.Arrays;

/**
 * The first line of the file that wrote each contact, to name it when a later line repeats it:
 * an open-addressing map of primitive longs to ints (about 24 bytes a contact, so that a
 * five-million-row file stays far under the memory a boxed map would take).
 */
final class LineByContact {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] lines;
    private int size;

    LineByContact() {
        keys = new long[1 << 12];
        lines = new int[keys.length];
        Arrays.fill(keys, EMPTY);
    }

    /** The line already recorded for this contact, or {@code line} recorded now and -1 returned. */
    long putIfAbsent(long contactId, long line) {
        int slot = slot(keys, contactId);
        if (keys[slot] == contactId) {
            return Integer.toUnsignedLong(lines[slot]);
        }
        keys[slot] = contactId;
        lines[slot] = (int) Math.min(line, 0xFFFF_FFFFL);
        if (++size * 4 > keys.length * 3) {
            grow();
        }
        return -1;
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
