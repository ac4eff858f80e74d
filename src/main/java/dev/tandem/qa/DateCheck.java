package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates compared as dates: {@code 3 March 2025} may be {@code 3 mars 2025}, {@code 3. März 2025}
 * or {@code 2025年3月3日}; a different day, month or year is a warning, and so is a date the
 * target writes in a form that leaves the day and the month open ({@code 03/05/2024}): the
 * translator should look. The digits themselves are the number check's business.
 */
final class DateCheck implements UnitCheck {

    private final DateReader reader = new DateReader();

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated()) {
            return List.of();
        }
        List<DateReader.DateMention> targets = new ArrayList<>(reader.dates(unit.target(), unit.targetLanguage(), unit.sourceLanguage()));
        // Same dates pair first, so that "from June 5 to June 19" → "du 5 au 19 juin" pairs June 19 with 19 juin.
        List<DateReader.DateMention> unpaired = new ArrayList<>();
        for (DateReader.DateMention date : reader.dates(unit.source(), unit.sourceLanguage(), null)) {
            DateReader.DateMention same = targets.stream().filter(t -> t.text().equals(date.text())
                    || date.certain() && t.certain() && date.readings().get(0).agrees(t.readings().get(0))).findFirst().orElse(null);
            if (same == null) {
                unpaired.add(date);
            } else {
                targets.remove(same);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (DateReader.DateMention date : unpaired) {
            DateReader.DateMention possible = targets.stream().filter(t -> agreeSomehow(date, t)).findFirst().orElse(null);
            DateReader.DateMention other = possible != null ? possible : targets.isEmpty() ? null : targets.get(0);
            if (other != null) {
                targets.remove(other);
            } else if (!numeric(date)) {
                continue;
            }
            findings.add(Finding.warning("dates", message(date, other, possible != null),
                    List.of(new TextSpan(date.start(), date.end())),
                    other == null ? List.of() : List.of(new TextSpan(other.start(), other.end()))));
        }
        return findings;
    }

    private static String message(DateReader.DateMention date, DateReader.DateMention other, boolean possible) {
        if (other == null || possible) {
            return "The date " + date.text() + " is written differently in the translation"
                    + (other == null ? "" : " (" + other.text() + ")") + ": check that day, month and year are right.";
        }
        return "The date " + date.text() + " of the source is " + other.text() + " in the translation: " + difference(date, other) + ".";
    }

    /** Which fields differ, said for the first readings of each (the certain ones when there are). */
    private static String difference(DateReader.DateMention date, DateReader.DateMention other) {
        DateReader.CalendarDate a = date.readings().get(0);
        DateReader.CalendarDate b = other.readings().get(0);
        List<String> fields = new ArrayList<>();
        if (a.day() != null && b.day() != null && !a.day().equals(b.day())) {
            fields.add("day");
        }
        if (a.month() != b.month()) {
            fields.add("month");
        }
        if (a.year() != null && b.year() != null && a.year() % 100 != b.year() % 100) {
            fields.add("year");
        }
        return fields.isEmpty() ? "a different date" : "the " + String.join(" and the ", fields) + (fields.size() > 1 ? " differ" : " differs");
    }

    private static boolean agreeSomehow(DateReader.DateMention a, DateReader.DateMention b) {
        return a.readings().stream().anyMatch(x -> b.readings().stream().anyMatch(x::agrees));
    }

    private static boolean numeric(DateReader.DateMention date) {
        return date.text().chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '/' || c == '-');
    }
}
