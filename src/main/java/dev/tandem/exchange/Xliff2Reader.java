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
 * Reads XLIFF 2.x: one pair per {@code unit} of one segment, the texts of the segment and its
 * ignorables joined in order (how XLIFF 2 rebuilds a unit's content); one pair per segment of a
 * unit a tool cut into several, each with its own state and codes, matched to our units by text.
 */
final class Xliff2Reader {

    BilingualFile read(XmlElement xliff) {
        List<ImportedUnit> units = new ArrayList<>();
        for (XmlElement unit : xliff.descendants("unit")) {
            if ("no".equals(unit.attribute("translate"))) {
                continue;
            }
            InlineCodeReader codes = new InlineCodeReader(InlineCodeReader.Dialect.XLIFF2, originalData(unit));
            String notes = unit.child("notes").map(TmxReader::notes).orElse(null);
            if (unit.children("segment").size() > 1) {
                units.addAll(segments(unit, codes, notes));
                continue;
            }
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
            units.add(new ImportedUnit(unit.attribute("id"), source, target, status,
                    TmxReader.revision(unit.attribute("rev")), unit.attribute("by"), notes));
        }
        return new BilingualFile(ExchangeFormat.XLIFF, xliff.attribute("srcLang"), xliff.attribute("trgLang"), units);
    }

    /**
     * A pair code ({@code sc}/{@code ec}) may run from one segment into another; each segment gets
     * the half it holds and the other half at its edge ({@link SegmentedContent}).
     */
    private static List<ImportedUnit> segments(XmlElement unit, InlineCodeReader codes, String notes) {
        List<SegmentedContent.Part> sources = new ArrayList<>();
        List<SegmentedContent.Part> targets = new ArrayList<>();
        List<Status> states = new ArrayList<>();
        for (XmlElement part : unit.children()) {
            boolean segment = part.name().equals("segment");
            if (!segment && !part.name().equals("ignorable")) {
                continue;
            }
            sources.add(new SegmentedContent.Part(null, part.child("source").map(text -> codes.read(text, false))
                    .orElse(CodedText.plain("")), segment));
            targets.add(new SegmentedContent.Part(null, part.child("target").map(text -> codes.read(text, false))
                    .orElse(CodedText.plain("")), segment));
            if (segment) {
                states.add(state(part.attribute("state")));
            }
        }
        List<SegmentedContent.Part> sourceSegments = SegmentedContent.segments(sources);
        List<SegmentedContent.Part> targetSegments = SegmentedContent.segments(targets);
        List<ImportedUnit> pairs = new ArrayList<>();
        for (int k = 0; k < sourceSegments.size(); k++) {
            pairs.add(new ImportedUnit(null, sourceSegments.get(k).text(), targetSegments.get(k).text(), states.get(k), null,
                    unit.attribute("by"), notes));
        }
        return pairs;
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
