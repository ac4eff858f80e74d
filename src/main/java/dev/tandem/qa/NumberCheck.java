package dev.tandem.qa;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.tandem.model.Finding;
import dev.tandem.model.TextSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every number of the source must be in the target, written as the target language writes it
 * or as the source did; a small number may be spelt out ("2" as "deux", ICU's spell-out rules).
 * Dates as dates are {@link DateCheck}'s.
 */
final class NumberCheck implements UnitCheck {

    private final NumberReader reader = new NumberReader();

    @Override
    public String name() {
        return "numbers";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<NumberReader.Number> source = reader.numbers(unit.source(), unit.sourceLanguage(), null);
        List<NumberReader.Number> target = new ArrayList<>(reader.numbers(unit.target(), unit.targetLanguage(), unit.sourceLanguage()));
        target.addAll(reader.romanNumerals(unit.target()));
        for (NumberReader.Number number : source) {
            NumberReader.Number match = take(target, number.values());
            if (match == null && !clockTimeSplit(number, target) && !spelledOut(number, unit)) {
                findings.add(Finding.error("numbers", missing(number, unit), List.of(new TextSpan(number.start(), number.end())), List.of()));
            }
        }
        return findings;
    }

    /** Removes and returns the first target number worth one of {@code values}. */
    private static NumberReader.Number take(List<NumberReader.Number> target, java.util.Set<BigDecimal> values) {
        NumberReader.Number match = target.stream().filter(candidate -> !Collections.disjoint(candidate.values(), values))
                .findFirst().orElse(null);
        if (match != null) {
            target.remove(match);
        }
        return match;
    }

    /** A time written "20.30" in the source may come out as "20 h 30": hours and minutes as two numbers. */
    private static boolean clockTimeSplit(NumberReader.Number number, List<NumberReader.Number> target) {
        int[] time = NumberReader.clockTime(number.text());
        if (time == null) {
            return false;
        }
        List<NumberReader.Number> before = List.copyOf(target);
        if (take(target, java.util.Set.of(BigDecimal.valueOf(time[0]), BigDecimal.valueOf(time[0] + 12))) != null
                && take(target, java.util.Set.of(BigDecimal.valueOf(time[1]).stripTrailingZeros())) != null) {
            return true;
        }
        target.clear();
        target.addAll(before);
        return false;
    }

    private static String missing(NumberReader.Number number, CheckedUnit unit) {
        BigDecimal value = NumberReader.value(number.text(), NumberReader.decimalSeparator(unit.sourceLanguage()));
        String written = value == null ? number.text() : NumberReader.written(value, unit.targetLanguage());
        String hint = written.equals(number.text()) ? "" : " (in " + NumberReader.languageName(unit.targetLanguage()) + ": " + written + ")";
        return "The number " + number.text() + " of the source is not in the translation" + hint + ".";
    }

    private static boolean spelledOut(NumberReader.Number number, CheckedUnit unit) {
        for (BigDecimal value : number.values()) {
            if (value.scale() <= 0 && value.compareTo(BigDecimal.ZERO) >= 0 && value.compareTo(BigDecimal.valueOf(20)) <= 0) {
                String words = new RuleBasedNumberFormat(ULocale.forLocale(unit.targetLanguage().locale()), RuleBasedNumberFormat.SPELLOUT)
                        .format(value.longValue());
                Locale locale = unit.targetLanguage().locale();
                if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(words.toLowerCase(locale)) + "(?!\\p{L})")
                        .matcher(unit.target().toLowerCase(locale)).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
