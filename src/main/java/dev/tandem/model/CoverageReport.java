package dev.tandem.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Coverage of several documents × languages, and their totals. */
public record CoverageReport(List<LanguageCoverage> entries) {

    public CoverageReport {
        entries = List.copyOf(entries);
    }

    public Counts totals() {
        return Counts.sum(entries.stream().map(LanguageCoverage::counts).toList());
    }

    /** The entries below {@code percent} at {@code status}, by their billing measure. */
    public List<LanguageCoverage> below(double percent, Status status) {
        return entries.stream().filter(entry -> entry.counts().below(percent, status)).toList();
    }

    /** The documented JSON shape: {@code {"entries": [...], "totals": {...}}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entries", entries.stream().map(LanguageCoverage::toJson).toList());
        json.put("totals", entries.isEmpty() ? Counts.EMPTY.toJsonOfNothingStarted() : totals().toJson());
        return json;
    }
}
