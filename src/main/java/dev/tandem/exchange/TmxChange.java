package dev.tandem.exchange;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Who last changed a TMX translation and when. OmegaT writes {@code changeid}/{@code changedate}
 * and {@code creationid}/{@code creationdate} on the target {@code tuv}, Okapi and Trados on the
 * {@code tu}: the target tuv's attributes win over the tu's, and at each level the last change
 * wins over the creation. Dates are TMX's {@code YYYYMMDDThhmmssZ} (TMX 1.4b, 3.1); an ISO 8601
 * instant is read too, anything else is left out rather than refusing the file.
 */
record TmxChange(String by, Instant at) {

    static TmxChange of(XmlElement tu, String targetLanguage) {
        XmlElement tuv = tu.children("tuv").stream()
                .filter(candidate -> LanguageTags.match(TmxReader.languageOf(candidate), targetLanguage)).findFirst().orElse(null);
        String by = TmxReader.firstNonBlank(attribute(tuv, "changeid"), attribute(tuv, "creationid"),
                tu.attribute("changeid"), tu.attribute("creationid"));
        Instant at = firstDate(attribute(tuv, "changedate"), attribute(tuv, "creationdate"),
                tu.attribute("changedate"), tu.attribute("creationdate"));
        return new TmxChange(by, at);
    }

    private static String attribute(XmlElement element, String name) {
        return element == null ? null : element.attribute(name);
    }

    private static Instant firstDate(String... values) {
        for (String value : values) {
            Instant date = date(value);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    static Instant date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.from(TmxWriter.TMX_DATE.parse(value.strip()));
        } catch (DateTimeParseException notBasic) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException notIso) {
                return null;
            }
        }
    }
}
