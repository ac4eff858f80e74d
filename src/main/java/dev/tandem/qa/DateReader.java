package dev.tandem.qa;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.tandem.model.LanguageTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates of a text and the calendar dates they may stand for: numeric dates
 * ({@code 2025-03-03}, {@code 03/05/2024}: day and month both possible when both are 12 or less),
 * dates with the month named in the language ({@code 3 March 2025}, {@code March 3, 2025},
 * {@code 3. März}, {@code 3 de marzo de 2025}, {@code 3 marca 2025}, {@code 2025. március 3.}) and
 * CJK dates ({@code 2025年3月3日}, {@code 2025년 3월 3일}). Month names come from ICU's
 * {@link DateFormatSymbols} (wide and abbreviated, in running text and standalone: Polish
 * {@code marca} and {@code marzec}, Russian {@code марта} and {@code март}).
 */
final class DateReader {

    /** One calendar date a mention may stand for; a missing day or year is null. */
    record CalendarDate(Integer year, int month, Integer day) {

        /** True when the two may be the same date: same month, and the same day and year where both give one. */
        boolean agrees(CalendarDate other) {
            return month == other.month && (day == null || other.day == null || day.equals(other.day))
                    && (year == null || other.year == null || year % 100 == other.year % 100
                    && (year < 100 || other.year < 100 || year.equals(other.year)));
        }
    }

    /** A date in a text, with every calendar date it may stand for (one unless it is ambiguous). */
    record DateMention(String text, int start, int end, List<CalendarDate> readings) {
        DateMention {
            readings = List.copyOf(readings);
        }

        boolean certain() {
            return readings.size() == 1;
        }
    }

    /** A version number ({@code 2.4.1}) is not a date: the year has two or four digits. */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{4}|\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern CJK = Pattern.compile("(?:(\\d{1,4})\\s*[年년]\\s*)?(\\d{1,2})\\s*[月월](?:\\s*(\\d{1,2})\\s*[日일])?");
    /** After a day: {@code 1er}, {@code 3rd}, {@code 3.}, {@code 1.º}, {@code 3-го}. */
    private static final String ORDINAL = "(?:\\.º|\\.|er|re|st|nd|rd|th|º|ª|-?го)?";
    private static final String YEAR_AFTER = "(?:,?\\s*(?:de\\s+|del\\s+|of\\s+)?(?<%s>\\d{4})(?!\\d))";

    private final Map<String, Pattern> named = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> months = new ConcurrentHashMap<>();

    /** The dates of a text written in {@code language} (or with {@code alternative}'s month names, when not null). */
    List<DateMention> dates(String text, LanguageTag language, LanguageTag alternative) {
        List<DateMention> found = new ArrayList<>();
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            List<CalendarDate> readings = numericReadings(numeric);
            if (!readings.isEmpty()) {
                found.add(new DateMention(numeric.group(), numeric.start(), numeric.end(), readings));
            }
        }
        Matcher cjk = CJK.matcher(text);
        while (cjk.find()) {
            int month = Integer.parseInt(cjk.group(2));
            if (month >= 1 && month <= 12 && (cjk.group(1) != null || cjk.group(3) != null)) {
                found.add(new DateMention(cjk.group(), cjk.start(), cjk.end(),
                        List.of(new CalendarDate(number(cjk.group(1)), month, number(cjk.group(3))))));
            }
        }
        addNamed(found, text, language);
        if (alternative != null && !alternative.language().equals(language.language())) {
            addNamed(found, text, alternative);
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(found);
    }

    private void addNamed(List<DateMention> found, String text, LanguageTag language) {
        Map<String, Integer> names = months.computeIfAbsent(language.language(), DateReader::monthNames);
        if (names.isEmpty()) {
            return;
        }
        Matcher date = named.computeIfAbsent(language.language(), code -> namedPattern(names.keySet())).matcher(text);
        while (date.find()) {
            if (overlaps(found, date.start(), date.end())) {
                continue;
            }
            String month = firstGroup(date, "m1", "m2", "m3");
            Integer day = number(firstGroup(date, "d1", "d2"));
            Integer year = number(firstGroup(date, "y1", "y2", "y3", "y4"));
            if (day != null && (day < 1 || day > 31)) {
                continue;
            }
            Integer value = names.get(month.toLowerCase(locale(language)).replace(".", ""));
            // A full stop that ends the mention is the sentence's (or an ordinal's), not the date's.
            int end = date.group().endsWith(".") ? date.end() - 1 : date.end();
            found.add(new DateMention(text.substring(date.start(), end), date.start(), end, List.of(new CalendarDate(year, value, day))));
        }
    }

    /**
     * Day before the month ({@code 3 March}, {@code 3 de marzo}, {@code the 3rd of March}), day after it
     * ({@code March 3}, {@code március 3.}, with a year before it the Hungarian way), or month and year
     * alone ({@code March 2025}); a month name with neither a day nor a year beside it is not a date
     * (English "may", Spanish "mar").
     */
    private static Pattern namedPattern(java.util.Set<String> names) {
        String alternatives = names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(name -> Pattern.quote(name) + "\\.?").reduce((a, b) -> a + "|" + b).orElseThrow();
        String dayBefore = "(?<d1>\\d{1,2})" + ORDINAL + "\\s*(?:de\\s+|of\\s+)?(?<m1>" + alternatives + ")(?![\\p{L}\\p{M}])"
                + YEAR_AFTER.formatted("y1") + "?";
        String dayAfter = "(?:(?<y2>\\d{4})\\.\\s*)?(?<m2>" + alternatives + ")(?![\\p{L}\\p{M}])\\s*(?<d2>\\d{1,2})"
                + "(?:st|nd|rd|th|\\.)?(?![\\d\\p{L}])(?:,?\\s*(?<y3>\\d{4})(?!\\d))?";
        String monthYear = "(?<m3>" + alternatives + ")(?![\\p{L}\\p{M}])" + YEAR_AFTER.formatted("y4");
        return Pattern.compile("(?<![\\p{L}\\p{M}\\d])(?:" + dayBefore + "|" + dayAfter + "|" + monthYear + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String firstGroup(Matcher matcher, String... names) {
        for (String name : names) {
            if (matcher.group(name) != null) {
                return matcher.group(name);
            }
        }
        return null;
    }

    /** Month name (lower case, without its abbreviation's full stop) → month number, from ICU. */
    private static Map<String, Integer> monthNames(String language) {
        DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLanguageTag(language));
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] written = symbols.getMonths(context, width);
                for (int i = 0; i < written.length && i < 12; i++) {
                    String name = written[i].toLowerCase(locale).replace(".", "");
                    // CJK abbreviations are digits with 月/월, read by the CJK pattern.
                    if (!name.isEmpty() && name.chars().noneMatch(Character::isDigit)) {
                        names.putIfAbsent(name, i + 1);
                    }
                }
            }
        }
        return Map.copyOf(names);
    }

    private static List<CalendarDate> numericReadings(Matcher numeric) {
        String first = numeric.group(1);
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(numeric.group(3));
        int c = Integer.parseInt(numeric.group(4));
        List<CalendarDate> readings = new ArrayList<>();
        if (first.length() == 4) {
            if (valid(b, c)) {
                readings.add(new CalendarDate(a, b, c));
            }
            return readings;
        }
        if (valid(b, a)) {
            readings.add(new CalendarDate(c, b, a));
        }
        if (a != b && valid(a, b)) {
            readings.add(new CalendarDate(c, a, b));
        }
        return readings;
    }

    private static boolean valid(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static boolean overlaps(List<DateMention> found, int start, int end) {
        return found.stream().anyMatch(mention -> mention.start() < end && start < mention.end());
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static Locale locale(LanguageTag language) {
        return Locale.forLanguageTag(language.language());
    }
}
