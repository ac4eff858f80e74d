package dev.tandem.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** The coverage of one document in one target language. */
public record LanguageCoverage(String document, String title, String sourceLanguage, String language, Counts counts) {

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("document", document);
        json.put("title", title);
        json.put("sourceLanguage", sourceLanguage);
        json.put("language", language);
        counts.putJson(json);
        return json;
    }
}
