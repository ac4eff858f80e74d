package dev.tandem.exchange;

import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads XLIFF 2.x: one pair per {@code unit}, the texts of all its segments and ignorables joined
 * in order (how XLIFF 2 rebuilds a unit's content), its state the least advanced of its segments.
 */
final class Xliff2Reader {

    BilingualFile read(XmlElement xliff) {
        List<ImportedUnit> units = new ArrayList<>();
        for (XmlElement unit : xliff.descendants("unit")) {
            if ("no".equals(unit.attribute("translate"))) {
                continue;
            }
            StringBuilder source = new StringBuilder();
            StringBuilder target = new StringBuilder();
            Status status = null;
            for (XmlElement part : unit.children()) {
                if (!part.name().equals("segment") && !part.name().equals("ignorable")) {
                    continue;
                }
                source.append(part.child("source").map(XmlElement::text).orElse(""));
                target.append(part.child("target").map(XmlElement::text).orElse(""));
                Status state = state(part.attribute("state"));
                if (part.name().equals("segment") && state != null && (status == null || status.compareTo(state) > 0)) {
                    status = state;
                }
            }
            String notes = unit.child("notes").map(TmxReader::notes).orElse(null);
            units.add(new ImportedUnit(unit.attribute("id"), source.toString(), target.toString(), status,
                    TmxReader.revision(unit.attribute("rev")), unit.attribute("by"), notes));
        }
        return new BilingualFile(ExchangeFormat.XLIFF, xliff.attribute("srcLang"), xliff.attribute("trgLang"), units);
    }

    private static Status state(String state) {
        if (state == null) {
            return null;
        }
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "initial" -> Status.INITIAL;
            case "translated" -> Status.TRANSLATED;
            case "reviewed" -> Status.REVIEWED;
            case "final" -> Status.FINAL;
            default -> null;
        };
    }
}
