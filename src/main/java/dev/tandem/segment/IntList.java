package dev.tandem.segment;

import java.util.Arrays;

/** A growable list of ints, so collecting break positions does not box every one. */
final class IntList {

    private int[] values = new int[32];
    private int size;
    private boolean ascending = true;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        ascending &= size == 0 || values[size - 1] < value;
        values[size++] = value;
    }

    /** Empties the list; a list grown for a very long text does not stay that large. */
    void clear() {
        if (values.length > 4096) {
            values = new int[32];
        }
        size = 0;
        ascending = true;
    }

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }

    /** Sorts and drops duplicates in place. */
    void sortUnique() {
        if (ascending) {
            return;
        }
        ascending = true;
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
