package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.TextSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Brackets and quotation marks the target opens and does not close (or closes without opening),
 * when the source's own are balanced: {@code ( ) [ ] { } « » “ ” „ 「 」 『 』 （ ） 【 】} and straight
 * double quotes.
 */
final class BracketCheck implements UnitCheck {

    /** Each closing mark and the opening mark it closes; « and » close each other (French «…», German »…«). */
    private static final java.util.Map<Character, Character> CLOSES = java.util.Map.ofEntries(
            java.util.Map.entry(')', '('), java.util.Map.entry(']', '['), java.util.Map.entry('}', '{'),
            java.util.Map.entry('»', '«'), java.util.Map.entry('«', '»'), java.util.Map.entry('”', '“'),
            java.util.Map.entry('“', '„'), java.util.Map.entry('」', '「'), java.util.Map.entry('』', '『'),
            java.util.Map.entry('）', '（'), java.util.Map.entry('】', '【'));
    private static final String OPENING = "([{«»“„「『（【";

    @Override
    public String name() {
        return "brackets";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated() || !unbalanced(unit.source()).isEmpty()) {
            return List.of();
        }
        List<Integer> wrong = unbalanced(unit.target());
        if (wrong.isEmpty()) {
            return List.of();
        }
        List<TextSpan> spans = wrong.stream().map(at -> new TextSpan(at, at + 1)).toList();
        String marks = String.join(" ", wrong.stream().map(at -> String.valueOf(unit.target().charAt(at))).toList());
        return List.of(Finding.warning("brackets", "Unbalanced brackets or quotes in the translation: " + marks + ".", List.of(), spans));
    }

    /** Offsets of marks without their partner, in text order. */
    static List<Integer> unbalanced(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        List<Integer> wrong = new ArrayList<>();
        int straight = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character opener = CLOSES.get(c);
            if (c == '"') {
                straight = straight < 0 ? i : -1;
            } else if (opener != null && !open.isEmpty() && text.charAt(open.peek()) == opener) {
                open.pop();
            } else if (OPENING.indexOf(c) >= 0) {
                open.push(i);
            } else if (opener != null) {
                wrong.add(i);
            }
        }
        wrong.addAll(open);
        if (straight >= 0) {
            wrong.add(straight);
        }
        wrong.sort(Integer::compare);
        return wrong;
    }
}
