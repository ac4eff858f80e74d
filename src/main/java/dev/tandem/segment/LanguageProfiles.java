package dev.tandem.segment;

import dev.tandem.segment.LanguageProfile.AbbreviationKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the built-in {@link LanguageProfile}s from {@code languages/<lang>.txt} next to this class:
 * every profile is the root profile plus the language's own file, so a language without a file
 * (or a tag that is not a language at all) gets the root rules. Loaded profiles are kept per instance.
 */
final class LanguageProfiles {

    /** The languages with a file of their own. */
    static final Set<String> BUILT_IN = Set.of(
            "en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "ja", "zh", "ko", "ar", "hi", "el");

    private final Map<String, LanguageProfile> loaded = new ConcurrentHashMap<>();

    LanguageProfile forLanguage(String language) {
        String key = BUILT_IN.contains(language) ? language : "root";
        return loaded.computeIfAbsent(key, LanguageProfiles::load);
    }

    private static LanguageProfile load(String language) {
        Sections sections = new Sections();
        read("root", sections);
        if (!language.equals("root")) {
            read(language, sections);
        }
        return new LanguageProfile(language, sections.abbreviations, sections.starters, sections.months,
                sections.ordinalContext, sections.options);
    }

    private static void read(String language, Sections sections) {
        String resource = "languages/" + language + ".txt";
        try (InputStream in = LanguageProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in segmentation rules " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    section = trimmed.substring(1, trimmed.length() - 1);
                    continue;
                }
                for (String word : trimmed.split("\\s+")) {
                    sections.add(section, word, resource);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sections of a profile file as they are read. */
    private static final class Sections {
        final Map<String, AbbreviationKind> abbreviations = new HashMap<>();
        final Set<String> starters = new HashSet<>();
        final Set<String> months = new HashSet<>();
        final Set<String> ordinalContext = new HashSet<>();
        final Set<String> options = new HashSet<>();

        void add(String section, String word, String resource) {
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            switch (section) {
                case "title" -> abbreviations.put(bare.toLowerCase(Locale.ROOT), AbbreviationKind.TITLE);
                case "before-number" -> abbreviations.put(bare.toLowerCase(Locale.ROOT), AbbreviationKind.BEFORE_NUMBER);
                case "ambiguous" -> abbreviations.put(bare.toLowerCase(Locale.ROOT), AbbreviationKind.AMBIGUOUS);
                case "starters" -> starters.add(word);
                case "months" -> months.add(bare);
                case "ordinal-context" -> ordinalContext.add(word.toLowerCase(Locale.ROOT));
                case "options" -> options.add(word);
                default -> throw new IllegalStateException("unknown section [" + section + "] in " + resource);
            }
        }
    }
}
