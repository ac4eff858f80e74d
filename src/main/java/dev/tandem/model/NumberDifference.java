package dev.tandem.model;

import java.util.List;

/**
 * The numbers of the two sources that do not pair up: in the memory's source only (the target
 * probably carries them and needs changing) and in the current source only.
 */
public record NumberDifference(List<String> onlyInMemory, List<String> onlyInCurrent) {

    public NumberDifference {
        onlyInMemory = List.copyOf(onlyInMemory);
        onlyInCurrent = List.copyOf(onlyInCurrent);
    }

    public boolean any() {
        return !onlyInMemory.isEmpty() || !onlyInCurrent.isEmpty();
    }
}
