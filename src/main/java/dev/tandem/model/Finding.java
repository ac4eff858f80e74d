package dev.tandem.model;

import dev.tandem.model.TextSpan;
import java.util.List;
import java.util.Objects;

/**
 * One problem a check found in a unit: the check's name ({@code numbers}, {@code end-punctuation},
 * …), its severity, a message written for the translator, and the characters it concerns in the
 * source and in the target (either list may be empty).
 */
public record Finding(String check, Severity severity, String message, List<TextSpan> source, List<TextSpan> target) {
    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    public static Finding error(String check, String message, List<TextSpan> source, List<TextSpan> target) {
        return new Finding(check, Severity.ERROR, message, source, target);
    }

    public static Finding warning(String check, String message, List<TextSpan> source, List<TextSpan> target) {
        return new Finding(check, Severity.WARNING, message, source, target);
    }

    /**
     * What an ignore is remembered by: the check and its message, which names the text concerned;
     * when the target changes so that the message changes, the finding shows again.
     */
    public String key() {
        return check + ": " + message;
    }
}
