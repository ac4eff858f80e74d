package dev.tandem.app;

import dev.tandem.model.Status;

/** Another occurrence of a sentence: which unit, its revision (for a safe save), and what it holds now. */
public record Repetition(String document, String unit, long rev, String target, Status status) {
}
