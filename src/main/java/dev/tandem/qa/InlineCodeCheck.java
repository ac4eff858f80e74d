package dev.tandem.qa;

import dev.tandem.model.CodedText;
import dev.tandem.model.Finding;
import dev.tandem.model.InlineCode;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The inline codes of the source (a link, bold words, a line break) against the target's: a code
 * left out or not in the source, a pair opened and never closed (errors), and the codes in another
 * order (a warning: languages reorder words, so a link may well move). Codes are named as the
 * editor shows them: ⟨1⟩…⟨/1⟩ for a pair, ⟨2/⟩ for a placeholder. Part of {@link TagCheck}.
 */
final class InlineCodeCheck {

    private static final String NAME = "tags";

    List<Finding> check(CheckedUnit unit) {
        if (!unit.translated() || (unit.sourceCodes().isEmpty() && unit.targetCodes().isEmpty())) {
            return List.of();
        }
        CodedText source = unit.codedSource();
        CodedText target = unit.codedTarget();
        Map<String, InlineCode> inSource = byKey(source);
        Map<String, InlineCode> inTarget = byKey(target);
        List<Finding> findings = new ArrayList<>();
        for (InlineCode code : source.codes()) {
            if (code.kind() != InlineCode.Kind.CLOSE && !inTarget.containsKey(key(code))) {
                findings.add(Finding.error(NAME, "The " + described(code) + " " + shown(code) + " is missing in the translation.",
                        List.of(span(source, code)), List.of()));
            }
        }
        for (InlineCode code : target.codes()) {
            if (code.kind() != InlineCode.Kind.CLOSE && !inSource.containsKey(key(code))) {
                findings.add(Finding.error(NAME, "The tag " + shown(code) + " is not in the source.", List.of(), List.of(span(target, code))));
            }
        }
        for (InlineCode code : target.codes()) {
            if (code.kind() == InlineCode.Kind.OPEN && partner(target, code) == null) {
                findings.add(Finding.error(NAME, "The " + described(code) + " " + shown(code) + " is opened and never closed in the translation.",
                        List.of(), List.of(new TextSpan(code.at(), target.text().length()))));
            }
        }
        if (findings.isEmpty() && !order(source, inTarget).equals(order(target, inSource))) {
            findings.add(Finding.warning(NAME, "The tags are in a different order than in the source; check they still enclose the right words.",
                    source.codes().stream().map(code -> span(source, code)).toList(),
                    target.codes().stream().map(code -> span(target, code)).toList()));
        }
        return findings;
    }

    private static String key(InlineCode code) {
        return code.id() + "/" + code.kind();
    }

    private static Map<String, InlineCode> byKey(CodedText text) {
        Map<String, InlineCode> codes = new LinkedHashMap<>();
        text.codes().forEach(code -> codes.putIfAbsent(key(code), code));
        return codes;
    }

    /** The keys of the codes of {@code text} that {@code other} has too, in the order they stand. */
    private static List<String> order(CodedText text, Map<String, InlineCode> other) {
        return text.codes().stream().map(InlineCodeCheck::key).filter(other::containsKey).toList();
    }

    private static InlineCode partner(CodedText text, InlineCode open) {
        return text.codes().stream()
                .filter(code -> code.kind() == InlineCode.Kind.CLOSE && code.id().equals(open.id()) && code.at() >= open.at())
                .findFirst().orElse(null);
    }

    /** The words a pair encloses, or the place of a placeholder. */
    private static TextSpan span(CodedText text, InlineCode code) {
        InlineCode close = code.kind() == InlineCode.Kind.OPEN ? partner(text, code) : null;
        return new TextSpan(code.at(), close == null ? code.at() : close.at());
    }

    private static String shown(InlineCode code) {
        return code.kind() == InlineCode.Kind.PLACEHOLDER ? "⟨" + code.id() + "/⟩" : "⟨" + code.id() + "⟩…⟨/" + code.id() + "⟩";
    }

    private static String described(InlineCode code) {
        String type = Objects.requireNonNullElse(code.type(), InlineCode.OTHER);
        return switch (type) {
            case InlineCode.LINK -> "link";
            case InlineCode.LINE_BREAK -> "line break";
            case InlineCode.OTHER -> "tag";
            default -> type + " tag";
        };
    }
}
