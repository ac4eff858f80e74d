package dev.tandem.model;

/** How bad a finding is: an error should block delivery; a warning asks the translator to look. */
public enum Severity {
    WARNING, ERROR;

    /** True when this severity reaches the gate {@code threshold} ({@code --fail-on}). */
    public boolean reaches(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
