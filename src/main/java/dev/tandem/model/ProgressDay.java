package dev.tandem.model;

import java.time.LocalDate;

/**
 * How much of a translation was done at the end of one day (UTC): the source words and characters
 * of units at least translated whose source did not change, out of the totals.
 */
public record ProgressDay(LocalDate day, long translatedWords, long translatedCharacters,
                          long totalWords, long totalCharacters) {
}
