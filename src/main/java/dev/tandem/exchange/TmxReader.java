package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads TMX (1.4b, and the {@code lang} attribute of older versions): one pair per {@code tu}. */
final class TmxReader {

    private static final InlineCodeReader CODES = new InlineCodeReader(InlineCodeReader.Dialect.TMX, java.util.Map.of());

    BilingualFile read(XmlElement tmx, String fileName, String documentLanguage, String wantedTarget) {
        XmlElement header = tmx.child("header")
                .orElseThrow(() -> TandemException.badInput(fileName + ": a TMX file needs a <header>"));
        String sourceLanguage = header.attribute("srclang");
        if (sourceLanguage == null || sourceLanguage.equals("*all*")) {
            sourceLanguage = documentLanguage;
        }
        List<XmlElement> tus = tmx.child("body").map(body -> body.children("tu")).orElse(List.of());
        String target = targetLanguage(tus, sourceLanguage, wantedTarget, fileName);
        List<ImportedUnit> units = new ArrayList<>();
        for (XmlElement tu : tus) {
            CodedText source = segOf(tu, sourceLanguage);
            if (source == null) {
                continue;
            }
            CodedText translated = segOf(tu, target);
            TmxChange change = TmxChange.of(tu, target);
            units.add(new ImportedUnit(tu.attribute("tuid"), source, translated == null ? CodedText.plain("") : translated,
                    status(prop(tu, TmxWriter.PROP_STATUS)), revision(prop(tu, TmxWriter.PROP_REVISION)),
                    firstNonBlank(prop(tu, TmxWriter.PROP_TRANSLATOR), change.by()), notes(tu), change.at()));
        }
        return new BilingualFile(ExchangeFormat.TMX, sourceLanguage, target, units);
    }

    private static String targetLanguage(List<XmlElement> tus, String sourceLanguage, String wanted, String fileName) {
        Set<String> others = new LinkedHashSet<>();
        for (XmlElement tu : tus) {
            for (XmlElement tuv : tu.children("tuv")) {
                String language = languageOf(tuv);
                if (language != null && !LanguageTags.match(language, sourceLanguage)) {
                    others.add(language);
                }
            }
        }
        if (wanted != null) {
            if (!others.isEmpty() && others.stream().noneMatch(language -> LanguageTags.match(language, wanted))) {
                throw TandemException.badInput(fileName + ": the file translates into " + String.join(", ", others)
                        + ", not " + wanted);
            }
            return wanted;
        }
        if (others.size() != 1) {
            throw TandemException.badInput(fileName + ": " + (others.isEmpty() ? "the file holds no translations"
                    : "the file holds several target languages " + others + "; choose one"));
        }
        return others.iterator().next();
    }

    /** TMX leaves white space in {@code seg} as written (TMX 1.4b §3.1.1.1), so it is kept unless {@code xml:space="default"}. */
    private static CodedText segOf(XmlElement tu, String language) {
        for (XmlElement tuv : tu.children("tuv")) {
            if (LanguageTags.match(languageOf(tuv), language)) {
                return tuv.child("seg").map(seg -> CODES.read(seg, InlineCodeReader.preserves(tuv, true))).orElse(CodedText.plain(""));
            }
        }
        return null;
    }

    static String languageOf(XmlElement tuv) {
        return tuv.attribute("xml:lang") != null ? tuv.attribute("xml:lang") : tuv.attribute("lang");
    }

    private static String prop(XmlElement tu, String type) {
        return tu.children("prop").stream().filter(prop -> type.equals(prop.attribute("type"))).map(XmlElement::text)
                .findFirst().orElse(null);
    }

    static String notes(XmlElement element) {
        // Comments we exported as notes are not the unit's note: they stay out of it on the way back.
        List<String> notes = element.children("note").stream().map(XmlElement::text)
                .filter(text -> !text.isBlank() && !text.startsWith(BilingualUnit.COMMENT_MARK)).toList();
        return notes.isEmpty() ? null : String.join("\n", notes);
    }

    static Status status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Long revision(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
