package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must come through a translation unchanged: URLs, e-mail addresses, {@code @handles},
 * {@code #hashtags} and code-like tokens (placeholders such as {@code {0}}, {@code %s},
 * {@code ${name}}, {@code `code`}, {@code snake_case} and {@code camelCase} identifiers, file
 * names, {@code --options}).
 */
final class KeptTokenCheck implements UnitCheck {

    private record Kind(String name, String what, Pattern pattern) {
    }

    private static final String END = "(?<![.,;:!?)\\]}'\"»”])";
    private static final List<Kind> KINDS = List.of(
            new Kind("urls", "The link", Pattern.compile("\\b(?:https?://|ftp://|www\\.)[^\\s<>\"«»“”]+" + END)),
            new Kind("emails", "The e-mail address", Pattern.compile("\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b")),
            new Kind("handles", "The handle", Pattern.compile("(?<![\\w@./])@[\\p{L}\\d_]{2,}(?![\\w@])")),
            new Kind("hashtags", "The hashtag", Pattern.compile("(?<![\\w&#/])#[\\p{L}\\d_]*\\p{L}[\\p{L}\\d_]*")),
            new Kind("code", "The code", Pattern.compile(
                    "\\{\\d+}|\\{[A-Za-z_][\\w.]*}|\\$\\{[^}\\s]+}|%(?:\\d+\\$)?[sdfiu@]|`[^`\\s][^`]*`"
                    + "|\\b[A-Za-z]+_[A-Za-z0-9_]+\\b|\\b[a-z]+[A-Z][A-Za-z0-9]*\\b|(?<![\\w-])--[a-z][a-z-]+\\b"
                    + "|\\b[\\w-]+\\.(?:json|xml|yaml|yml|txt|csv|html|js|java|py|md|pdf|docx|xlsx|exe|sh)\\b")));

    @Override
    public String name() {
        return "kept-tokens";
    }

    /** Where a text has links, addresses, handles, hashtags and code: tokens no dictionary knows. */
    static List<TextSpan> tokenSpans(String text) {
        List<TextSpan> spans = new ArrayList<>();
        for (Kind kind : KINDS) {
            Matcher token = kind.pattern().matcher(text);
            while (token.find()) {
                spans.add(new TextSpan(token.start(), token.end()));
            }
        }
        return spans;
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<TextSpan> taken = new ArrayList<>();
        for (Kind kind : KINDS) {
            Matcher token = kind.pattern().matcher(unit.source());
            while (token.find()) {
                TextSpan span = new TextSpan(token.start(), token.end());
                if (taken.stream().anyMatch(other -> other.start() < span.end() && span.start() < other.end())) {
                    continue;
                }
                taken.add(span);
                if (!unit.target().contains(token.group())) {
                    findings.add(Finding.error(kind.name(), kind.what() + " " + token.group() + " must stay as it is in the translation.",
                            List.of(span), List.of()));
                }
            }
        }
        return findings;
    }
}
