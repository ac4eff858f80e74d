package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.TandemException;
import dev.tandem.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads XLIFF 1.x: one pair per {@code trans-unit} of every {@code file} (all must share one language
 * pair), or one per segment of a segmented {@code trans-unit} ({@link Xliff12Segments}).
 */
final class Xliff12Reader {

    BilingualFile read(XmlElement xliff, String fileName) {
        String sourceLanguage = null;
        String targetLanguage = null;
        List<ImportedUnit> units = new ArrayList<>();
        for (XmlElement file : xliff.children("file")) {
            String fileSource = file.attribute("source-language");
            String fileTarget = file.attribute("target-language");
            if (sourceLanguage != null && (!LanguageTags.match(sourceLanguage, fileSource)
                    || (targetLanguage != null && fileTarget != null && !LanguageTags.match(targetLanguage, fileTarget)))) {
                throw TandemException.badInput(fileName + ": its <file> elements have different languages");
            }
            sourceLanguage = fileSource;
            targetLanguage = targetLanguage != null ? targetLanguage : fileTarget;
            for (XmlElement unit : file.descendants("trans-unit")) {
                if (!"no".equals(unit.attribute("translate"))) {
                    units.addAll(segmented(unit).orElseGet(() -> List.of(unit(unit))));
                }
            }
        }
        return new BilingualFile(ExchangeFormat.XLIFF12, sourceLanguage, targetLanguage, units);
    }

    private static ImportedUnit unit(XmlElement unit) {
        XmlElement target = unit.child("target").orElse(null);
        boolean approved = "yes".equals(unit.attribute("approved"));
        InlineCodeReader codes = new InlineCodeReader(InlineCodeReader.Dialect.XLIFF12, Map.of());
        boolean preserve = InlineCodeReader.preserves(unit, false);
        return new ImportedUnit(unit.attribute("id"), unit.child("source").map(s -> codes.read(s, preserve)).orElse(CodedText.plain("")),
                target == null ? CodedText.plain("") : codes.read(target, preserve),
                target == null ? null : Xliff12Status.statusOf(target.attribute("state"), approved),
                TmxReader.revision(context(unit, Xliff12Writer.CONTEXT_REVISION)),
                context(unit, Xliff12Writer.CONTEXT_TRANSLATOR), TmxReader.notes(unit));
    }

    /**
     * One pair per {@code mrk} segment of the {@code seg-source}: its source, the target {@code mrk}
     * of the same {@code mid} (none: not translated), Trados' status of that segment or else the
     * trans-unit's. Several segments are matched to our units by their text, since the trans-unit's
     * id then stands for none of them. Empty when the trans-unit is not segmented, or its target is
     * not (a tool that kept the whole target), which is read as one pair.
     */
    private static Optional<List<ImportedUnit>> segmented(XmlElement unit) {
        XmlElement segSource = unit.child("seg-source").orElse(null);
        if (segSource == null || !Xliff12Segments.hasSegments(segSource)) {
            return Optional.empty();
        }
        XmlElement target = unit.child("target").orElse(null);
        if (target != null && !Xliff12Segments.hasSegments(target) && !target.text().isBlank()) {
            return Optional.empty();
        }
        Xliff12Segments segments = new Xliff12Segments(new InlineCodeReader(InlineCodeReader.Dialect.XLIFF12, Map.of()));
        boolean preserve = InlineCodeReader.preserves(unit, false);
        List<SegmentedContent.Part> sources = segments.segments(segSource, preserve);
        Map<String, CodedText> targets = new HashMap<>();
        if (target != null) {
            segments.segments(target, preserve).forEach(part -> targets.putIfAbsent(part.id(), part.text()));
        }
        Map<String, Status> sdl = Xliff12Segments.sdlStatuses(unit);
        Status unitStatus = target == null ? null
                : Xliff12Status.statusOf(target.attribute("state"), "yes".equals(unit.attribute("approved")));
        boolean single = sources.size() == 1;
        List<ImportedUnit> pairs = new ArrayList<>();
        for (SegmentedContent.Part source : sources) {
            CodedText translated = targets.getOrDefault(source.id(), CodedText.plain(""));
            Status status = translated.text().isEmpty() && !translated.hasCodes() ? null
                    : sdl.getOrDefault(source.id(), unitStatus);
            pairs.add(new ImportedUnit(single ? unit.attribute("id") : null, source.text(), translated, status,
                    single ? TmxReader.revision(context(unit, Xliff12Writer.CONTEXT_REVISION)) : null,
                    context(unit, Xliff12Writer.CONTEXT_TRANSLATOR), TmxReader.notes(unit)));
        }
        return Optional.of(pairs);
    }

    private static String context(XmlElement unit, String type) {
        return unit.children("context-group").stream().flatMap(group -> group.children("context").stream())
                .filter(context -> type.equals(context.attribute("context-type"))).map(XmlElement::text)
                .findFirst().orElse(null);
    }
}
