package dev.tandem.memory;

import java.util.ArrayList;
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

    static NumberDifference between(TokenizedText memory, TokenizedText current) {
        List<String> inMemory = numbers(memory);
        List<String> inCurrent = numbers(current);
        List<String> onlyCurrent = new ArrayList<>();
        for (String number : inCurrent) {
            if (!inMemory.remove(number)) {
                onlyCurrent.add(number);
            }
        }
        return new NumberDifference(inMemory, onlyCurrent);
    }

    private static List<String> numbers(TokenizedText text) {
        List<String> numbers = new ArrayList<>();
        text.all().stream().filter(token -> token.kind() == Token.Kind.NUMBER).forEach(token -> numbers.add(token.text()));
        return numbers;
    }
}
