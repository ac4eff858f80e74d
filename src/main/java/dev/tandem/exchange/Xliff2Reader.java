package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.ExchangeFormat;
import java.util.HashMap;
import java.util.Map;
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
            InlineCodeReader codes = new InlineCodeReader(InlineCodeReader.Dialect.XLIFF2, originalData(unit));
            CodedText source = CodedText.plain("");
            CodedText target = CodedText.plain("");
            Status status = null;
            for (XmlElement part : unit.children()) {
                if (!part.name().equals("segment") && !part.name().equals("ignorable")) {
                    continue;
                }
                source = source.append("", part.child("source").map(text -> codes.read(text, false)).orElse(CodedText.plain("")));
                target = target.append("", part.child("target").map(text -> codes.read(text, false)).orElse(CodedText.plain("")));
                Status state = state(part.attribute("state"));
                if (part.name().equals("segment") && state != null && (status == null || status.compareTo(state) > 0)) {
                    status = state;
                }
            }
            String notes = unit.child("notes").map(TmxReader::notes).orElse(null);
            units.add(new ImportedUnit(unit.attribute("id"), source, target, status,
                    TmxReader.revision(unit.attribute("rev")), unit.attribute("by"), notes));
        }
        return new BilingualFile(ExchangeFormat.XLIFF, xliff.attribute("srcLang"), xliff.attribute("trgLang"), units);
    }

    private static Map<String, String> originalData(XmlElement unit) {
        Map<String, String> data = new HashMap<>();
        unit.child("originalData").ifPresent(original -> original.children("data")
                .forEach(entry -> data.put(entry.attribute("id"), entry.text())));
        return data;
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
