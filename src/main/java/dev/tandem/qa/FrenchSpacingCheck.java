package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography (Imprimerie nationale): a no-break space before {@code ; : ! ?} (narrow for
 * {@code ; ! ?}, a full or narrow one before {@code :}) and inside guillemets {@code « … »}. A plain
 * space breaks the line before the mark; no space at all is wrong. Canadian French (fr-CA) puts the
 * space only before the colon. Times (10:30), URLs and emoticons are left alone.
 */
final class FrenchSpacingCheck implements UnitCheck {

    private static final Pattern HIGH_MARK = Pattern.compile("(?<=[\\p{L}\\p{N}\\p{Pe}»”’'\"])( ?)([;:!?])(?=\\s|$|[»”\"')\\]])");
    private static final Pattern OPENING_GUILLEMET = Pattern.compile("«( ?)(?=[^\\s\\u00A0\\u202F])");
    private static final Pattern CLOSING_GUILLEMET = Pattern.compile("(?<=[^\\s\\u00A0\\u202F])( ?)»");
    private static final Pattern URL_OR_TIME = Pattern.compile("\\b\\w+://\\S*|\\d:\\d");

    @Override
    public String name() {
        return "french-spacing";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated() || !unit.targetLanguage().language().equals("fr")) {
            return List.of();
        }
        boolean canadian = "CA".equals(unit.targetLanguage().locale().getCountry());
        String target = unit.target();
        List<TextSpan> exempt = URL_OR_TIME.matcher(target).results().map(r -> new TextSpan(r.start(), r.end())).toList();
        List<TextSpan> spans = new ArrayList<>();
        Matcher mark = HIGH_MARK.matcher(target);
        while (mark.find()) {
            if (canadian && mark.group(2).charAt(0) != ':' || inside(exempt, mark.start(2))) {
                continue;
            }
            spans.add(new TextSpan(mark.start(), mark.end()));
        }
        Matcher open = OPENING_GUILLEMET.matcher(target);
        while (open.find()) {
            spans.add(new TextSpan(open.start(), open.end()));
        }
        Matcher close = CLOSING_GUILLEMET.matcher(target);
        while (close.find()) {
            spans.add(new TextSpan(close.start(), close.end()));
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        spans.sort(java.util.Comparator.comparingInt(TextSpan::start));
        return List.of(Finding.warning("french-spacing", "French puts a no-break space before ; : ! ? and inside « »"
                + " (a plain space lets the mark wrap to the next line): " + spans.size() + (spans.size() == 1 ? " place." : " places."),
                List.of(), spans));
    }

    private static boolean inside(List<TextSpan> spans, int at) {
        return spans.stream().anyMatch(span -> at >= span.start() && at < span.end());
    }
}
