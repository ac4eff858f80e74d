package dev.tandem.segment;

import java.util.Arrays;

/** A growable list of ints, so collecting break positions does not box every one. */
final class IntList {

    private int[] values = new int[32];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }

    void clear() {
        size = 0;
    }

    /** Sorts and drops duplicates in place. */
    void sortUnique() {
        Arrays.sort(values, 0, size);
        int unique = 0;
        for (int i = 0; i < size; i++) {
            if (unique == 0 || values[unique - 1] != values[i]) {
                values[unique++] = values[i];
            }
        }
        size = unique;
    }
}
