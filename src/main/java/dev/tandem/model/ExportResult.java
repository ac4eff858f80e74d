package dev.tandem.model;

import java.util.List;

/**
 * An exported file: its bytes, a suggested file name ({@code <doc>.<lang>.<ext>}), its media type,
 * how many units it holds and warnings for the user (e.g. units that fell back to the source).
 */
public record ExportResult(byte[] content, String fileName, String mediaType, int units, int sourceFallbacks,
                           List<String> warnings) {
    public ExportResult {
        warnings = List.copyOf(warnings);
    }
}
