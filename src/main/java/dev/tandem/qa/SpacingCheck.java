package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Double spaces in the target (where the source has none), and leading or trailing spaces that differ from the source's. */
final class SpacingCheck implements UnitCheck {

    private static final Pattern DOUBLE_SPACE = Pattern.compile("[ \\u00A0\\u202F]{2,}");

    @Override
    public String name() {
        return "spacing";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String source = unit.source();
        String target = unit.target();
        if (!DOUBLE_SPACE.matcher(source).find()) {
            Matcher doubled = DOUBLE_SPACE.matcher(target);
            List<TextSpan> spans = new ArrayList<>();
            while (doubled.find()) {
                if (doubled.start() > 0 && doubled.end() < target.length()) {
                    spans.add(new TextSpan(doubled.start(), doubled.end()));
                }
            }
            if (!spans.isEmpty()) {
                findings.add(Finding.warning("double-space", spans.size() == 1 ? "Double space in the translation."
                        : spans.size() + " double spaces in the translation.", List.of(), spans));
            }
        }
        int sourceLead = leading(source);
        int targetLead = leading(target);
        if ((sourceLead > 0) != (targetLead > 0)) {
            findings.add(Finding.warning("leading-space", sourceLead > 0 ? "The source starts with a space; the translation does not."
                    : "The translation starts with a space; the source does not.",
                    sourceLead > 0 ? List.of(new TextSpan(0, sourceLead)) : List.of(),
                    targetLead > 0 ? List.of(new TextSpan(0, targetLead)) : List.of()));
        }
        int sourceTrail = trailing(source);
        int targetTrail = trailing(target);
        if ((sourceTrail > 0) != (targetTrail > 0)) {
            findings.add(Finding.warning("trailing-space", sourceTrail > 0 ? "The source ends with a space; the translation does not."
                    : "The translation ends with a space; the source does not.",
                    sourceTrail > 0 ? List.of(new TextSpan(source.length() - sourceTrail, source.length())) : List.of(),
                    targetTrail > 0 ? List.of(new TextSpan(target.length() - targetTrail, target.length())) : List.of()));
        }
        return findings;
    }

    private static int leading(String text) {
        int at = 0;
        while (at < text.length() && Character.isWhitespace(text.charAt(at)) || at < text.length() && text.charAt(at) == '\u00A0') {
            at++;
        }
        return at;
    }

    private static int trailing(String text) {
        int at = text.length();
        while (at > 0 && (Character.isWhitespace(text.charAt(at - 1)) || text.charAt(at - 1) == '\u00A0')) {
            at--;
        }
        return text.length() - at;
    }
}
