package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup tags written in the text ({@code <b>}, {@code </a>}, {@code <br/>}) missing from the
 * target, added to it, or in another order; and the same for the inline codes a unit carries
 * (XLIFF 2's model: links and emphasis kept from the document, tags from another tool's file),
 * which {@link InlineCodeCheck} compares.
 */
final class TagCheck implements UnitCheck {

    private final InlineCodeCheck codes = new InlineCodeCheck();

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][\\w:-]*(?:\\s+[\\w:-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*\\s*/?>");

    @Override
    public String name() {
        return "tags";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(codes.check(unit));
        List<Tag> source = tags(unit.source());
        List<Tag> target = tags(unit.target());
        if (source.isEmpty() && target.isEmpty()) {
            return findings;
        }
        List<Tag> unmatched = new ArrayList<>(target);
        for (Tag tag : source) {
            Tag match = unmatched.stream().filter(other -> other.text().equals(tag.text())).findFirst().orElse(null);
            if (match == null) {
                findings.add(Finding.error("tags", "The tag " + tag.text() + " is missing in the translation.", List.of(tag.span()), List.of()));
            } else {
                unmatched.remove(match);
            }
        }
        for (Tag extra : unmatched) {
            findings.add(Finding.error("tags", "The tag " + extra.text() + " is not in the source.", List.of(), List.of(extra.span())));
        }
        if (findings.isEmpty() && !source.stream().map(Tag::text).toList().equals(target.stream().map(Tag::text).toList())) {
            findings.add(Finding.warning("tags", "The tags are in a different order than in the source; check they still enclose the right words.",
                    source.stream().map(Tag::span).toList(), target.stream().map(Tag::span).toList()));
        }
        return findings;
    }

    private record Tag(String text, TextSpan span) {
    }

    private static List<Tag> tags(String text) {
        List<Tag> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            tags.add(new Tag(tag.group(), new TextSpan(tag.start(), tag.end())));
        }
        return tags;
    }
}
