package dev.tandem.qa;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import dev.tandem.model.LanguageTag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a text and what they are worth, reading separators as the language writes
 * them (ICU's symbols: {@code 1,000.5} in English is {@code 1 000,5} in French and
 * {@code 1.000,5} in German). A number followed by "p.m." is also worth its 24-hour value, so
 * "3 p.m." matches "15 h".
 */
final class NumberReader {

    /** A number in a text, with every value it may stand for. */
    record Number(String text, int start, int end, Set<BigDecimal> values) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?:\\d{1,3}(?:[ \\u00A0\\u202F'’.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?![\\d])");
    private static final Pattern AFTERNOON = Pattern.compile("(?::\\d{2})?\\s*(?:p\\.\\s?m\\.?|pm\\b|PM\\b|P\\.M\\.)");
    private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}\\d])(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})(?![\\p{L}\\d])");
    private static final Pattern CLOCK_TIME = Pattern.compile("([01]?\\d|2[0-4])[.:]([0-5]\\d)");

    List<Number> numbers(String text, LanguageTag language, LanguageTag alternative) {
        char decimal = decimalSeparator(language);
        char otherDecimal = alternative == null ? decimal : decimalSeparator(alternative);
        List<Number> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            String token = matcher.group();
            Set<BigDecimal> values = new HashSet<>();
            add(values, value(token, decimal));
            add(values, value(token, otherDecimal));
            if (AFTERNOON.matcher(text).region(matcher.end(), text.length()).lookingAt()) {
                Set<BigDecimal> afternoon = new HashSet<>();
                values.forEach(value -> {
                    if (value.compareTo(BigDecimal.ONE) >= 0 && value.compareTo(BigDecimal.valueOf(12)) < 0) {
                        afternoon.add(value.add(BigDecimal.valueOf(12)));
                    }
                });
                values.addAll(afternoon);
            }
            numbers.add(new Number(token, matcher.start(), matcher.end(), Set.copyOf(values)));
        }
        return numbers;
    }

    /**
     * Roman numerals standing alone ("camp II", "Louis XIV"), worth their value; a target may write
     * a source's number this way. A lone "I" (the English pronoun) and "L" (the French article) are left out.
     */
    List<Number> romanNumerals(String text) {
        List<Number> numerals = new ArrayList<>();
        Matcher roman = ROMAN.matcher(text);
        while (roman.find()) {
            String numeral = roman.group();
            if (numeral.isEmpty() || numeral.equals("I") || numeral.equals("L")) {
                continue;
            }
            numerals.add(new Number(numeral, roman.start(), roman.end(), Set.of(BigDecimal.valueOf(romanValue(numeral)))));
        }
        return numerals;
    }

    /** Hours and minutes of a time written {@code 20.30} or {@code 20:30}, or null when the token is not one. */
    static int[] clockTime(String token) {
        Matcher time = CLOCK_TIME.matcher(token);
        return time.matches() ? new int[] {Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))} : null;
    }

    private static int romanValue(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 50;
            };
            boolean smallerBefore = i + 1 < numeral.length() && value < switch (numeral.charAt(i + 1)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 50;
            };
            total += smallerBefore ? -value : value;
        }
        return total;
    }

    /** The number as {@code language} writes it, for messages ("in French: 1 000,5"). */
    static String written(BigDecimal value, LanguageTag language) {
        NumberFormat format = NumberFormat.getInstance(ULocale.forLocale(language.locale()));
        format.setMaximumFractionDigits(Math.max(value.scale(), 0));
        format.setGroupingUsed(value.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0);
        return format.format(value);
    }

    static char decimalSeparator(LanguageTag language) {
        return DecimalFormatSymbols.getInstance(ULocale.forLocale(language.locale())).getDecimalSeparator();
    }

    private static void add(Set<BigDecimal> values, BigDecimal value) {
        if (value != null) {
            values.add(value.stripTrailingZeros());
        }
    }

    /** The value of a token whose decimal separator is {@code decimal}; every other separator groups. */
    static BigDecimal value(String token, char decimal) {
        StringBuilder plain = new StringBuilder();
        int lastDecimal = token.lastIndexOf(decimal);
        // "1,000" in a language whose decimal is ',' is still a thousand when a different separator
        // already grouped ("1.000,5" has one of each); a lone separator before exactly three digits
        // that is also the language's decimal stays a decimal.
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                plain.append(c);
            } else if (i == lastDecimal && (c == '.' || c == ',')) {
                plain.append('.');
            }
        }
        try {
            return new BigDecimal(plain.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String languageName(LanguageTag language) {
        return language.locale().getDisplayLanguage(Locale.ENGLISH);
    }
}
