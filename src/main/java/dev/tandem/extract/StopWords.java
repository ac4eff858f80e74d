package dev.tandem.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Stop-word lists per language from Lucene's analyzers, for jusText's measure of how much of a
 * block reads like running prose (its stop-word density). Loaded once per extractor; the sets are
 * read-only.
 */
final class StopWords {

    /** Running prose has 30–50 % stop words; legal or list-like text in its own language a little less. */
    private static final double CONFIRMING_DENSITY = 0.25;
    private static final int MIN_WORDS_TO_CONFIRM = 30;

    private final Map<String, CharArraySet> byLanguage = new LinkedHashMap<>();

    StopWords() {
        byLanguage.put("en", snowball("english_stop.txt"));
        byLanguage.put("fr", FrenchAnalyzer.getDefaultStopSet());
        byLanguage.put("de", GermanAnalyzer.getDefaultStopSet());
        byLanguage.put("es", SpanishAnalyzer.getDefaultStopSet());
        byLanguage.put("it", ItalianAnalyzer.getDefaultStopSet());
        byLanguage.put("pt", PortugueseAnalyzer.getDefaultStopSet());
        byLanguage.put("nl", DutchAnalyzer.getDefaultStopSet());
        byLanguage.put("ru", RussianAnalyzer.getDefaultStopSet());
        byLanguage.put("sv", SwedishAnalyzer.getDefaultStopSet());
        byLanguage.put("da", DanishAnalyzer.getDefaultStopSet());
        byLanguage.put("no", NorwegianAnalyzer.getDefaultStopSet());
        byLanguage.put("fi", FinnishAnalyzer.getDefaultStopSet());
        byLanguage.put("hu", HungarianAnalyzer.getDefaultStopSet());
        byLanguage.put("ro", RomanianAnalyzer.getDefaultStopSet());
        byLanguage.put("tr", TurkishAnalyzer.getDefaultStopSet());
        byLanguage.put("id", IndonesianAnalyzer.getDefaultStopSet());
    }

    private static CharArraySet snowball(String file) {
        InputStream stream = SnowballFilter.class.getResourceAsStream(file);
        if (stream == null) {
            throw new IllegalStateException("Lucene stop-word list missing: " + file);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene stop-word list missing: " + file, e);
        }
    }

    /** The share of words in {@code text} that are stop words of {@code language}; -1 when there is no list. */
    double density(String text, String language) {
        CharArraySet set = language == null ? null : byLanguage.get(primary(language));
        if (set == null) {
            return -1;
        }
        String[] words = words(text);
        return words.length == 0 ? 0 : (double) count(set, words) / words.length;
    }

    /**
     * Whether {@code text} reads as {@code language} by its stop words alone: that language has a
     * list, at least {@link #CONFIRMING_DENSITY} of the words are on it, and no other list fits as
     * well. Close relatives (Spanish and French, Danish and Norwegian) share many stop words but
     * each text still fits its own list best; a template's {@code lang="en"} on a German page fails.
     */
    boolean confirms(String language, String text) {
        CharArraySet own = byLanguage.get(primary(language));
        if (own == null) {
            return false;
        }
        String[] words = words(text);
        if (words.length < MIN_WORDS_TO_CONFIRM) {
            return false;
        }
        int ownCount = count(own, words);
        if (ownCount < CONFIRMING_DENSITY * words.length) {
            return false;
        }
        for (CharArraySet other : byLanguage.values()) {
            if (other != own && count(other, words) >= ownCount) {
                return false;
            }
        }
        return true;
    }

    private static int count(CharArraySet set, String[] words) {
        int stops = 0;
        for (String word : words) {
            if (set.contains(word)) {
                stops++;
            }
        }
        return stops;
    }

    private static String primary(String language) {
        String lower = language.toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = lower.indexOf('-');
        String code = dash < 0 ? lower : lower.substring(0, dash);
        return code.equals("nb") || code.equals("nn") ? "no" : code;
    }

    private static String[] words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.isBlank() ? new String[0] : lower.split("[^\\p{L}\\p{M}'’]+");
    }
}
