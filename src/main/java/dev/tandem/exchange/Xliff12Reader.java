package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.TandemException;
import java.util.ArrayList;
import java.util.List;

/** Reads XLIFF 1.x: one pair per {@code trans-unit} of every {@code file} (all must share one language pair). */
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
                    units.add(unit(unit));
                }
            }
        }
        return new BilingualFile(ExchangeFormat.XLIFF12, sourceLanguage, targetLanguage, units);
    }

    private static ImportedUnit unit(XmlElement unit) {
        XmlElement target = unit.child("target").orElse(null);
        boolean approved = "yes".equals(unit.attribute("approved"));
        InlineCodeReader codes = new InlineCodeReader(InlineCodeReader.Dialect.XLIFF12, java.util.Map.of());
        boolean preserve = InlineCodeReader.preserves(unit, false);
        return new ImportedUnit(unit.attribute("id"), unit.child("source").map(s -> codes.read(s, preserve)).orElse(CodedText.plain("")),
                target == null ? CodedText.plain("") : codes.read(target, preserve),
                target == null ? null : Xliff12Status.statusOf(target.attribute("state"), approved),
                TmxReader.revision(context(unit, Xliff12Writer.CONTEXT_REVISION)),
                context(unit, Xliff12Writer.CONTEXT_TRANSLATOR), TmxReader.notes(unit));
    }

    private static String context(XmlElement unit, String type) {
        return unit.children("context-group").stream().flatMap(group -> group.children("context").stream())
                .filter(context -> type.equals(context.attribute("context-type"))).map(XmlElement::text)
                .findFirst().orElse(null);
    }
}
