package dev.tandem.terms;

import dev.tandem.model.Term;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.GreekStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Splits text into words with Lucene's Unicode tokenizer and reduces each to its stem, so
 * "interfaces" finds the term "interface" and "Übersetzungen" finds "Übersetzung". Inflection only,
 * not derivation: Lucene's light stemmers (KStem for English) where there is one, since Snowball's
 * aggressive ones conflate "translator" with "translated"; Snowball for the languages without a
 * light stemmer. Elided articles go first in French, Italian and Catalan ({@code l'interface}).
 * Polish and Ukrainian words are looked up in Morfologik's dictionaries for their lemmas (a word
 * may have several: {@code tłumaczy} is a form of tłumacz and of tłumaczyć). Languages without a stemmer here (Czech, Chinese, Japanese, …) are
 * matched word by word, lower-cased; Chinese and Japanese ideographs are single tokens, so a term
 * is a run of them.
 */
public final class WordStemmer {

    private static final CharArraySet ELIDED = new CharArraySet(List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c",
            "jusqu", "quoiqu", "lorsqu", "puisqu", "un", "dell", "nell", "sull", "all", "dall", "coll", "pell", "gl", "agl",
            "dagl", "degl", "negl", "sugl"), true);

    private static final Map<String, UnaryOperator<TokenStream>> STEMMERS = Map.ofEntries(
            Map.entry("en", KStemFilter::new), Map.entry("fr", FrenchLightStemFilter::new),
            Map.entry("de", GermanLightStemFilter::new), Map.entry("es", SpanishLightStemFilter::new),
            Map.entry("it", ItalianLightStemFilter::new), Map.entry("pt", PortugueseLightStemFilter::new),
            Map.entry("ru", RussianLightStemFilter::new), Map.entry("sv", SwedishLightStemFilter::new),
            Map.entry("fi", FinnishLightStemFilter::new), Map.entry("hu", HungarianLightStemFilter::new),
            Map.entry("no", NorwegianLightStemFilter::new), Map.entry("nb", NorwegianLightStemFilter::new),
            Map.entry("nl", stream -> new SnowballFilter(stream, new DutchStemmer())),
            Map.entry("da", stream -> new SnowballFilter(stream, new DanishStemmer())),
            Map.entry("ro", stream -> new SnowballFilter(stream, new RomanianStemmer())),
            Map.entry("tr", stream -> new SnowballFilter(stream, new TurkishStemmer())),
            Map.entry("ca", stream -> new SnowballFilter(stream, new CatalanStemmer())),
            Map.entry("el", stream -> new SnowballFilter(stream, new GreekStemmer())),
            Map.entry("ar", stream -> new SnowballFilter(stream, new ArabicStemmer())));

    /**
     * Languages looked up in a Morfologik dictionary, which gives lemmas (Polish, its default
     * dictionary; Ukrainian, through Lucene's Ukrainian analyzer with its apostrophe and stress
     * normalisation), stop words off since terms may contain them.
     */
    private static final Map<String, Supplier<Analyzer>> LANGUAGE_ANALYZERS = Map.of(
            "pl", WordStemmer::polish,
            "uk", () -> new UkrainianMorfologikAnalyzer(CharArraySet.EMPTY_SET));

    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    /** The words of {@code text} in {@code language} (a BCP 47 tag; only the primary subtag counts). */
    public List<WordToken> tokens(String text, String language) {
        Analyzer analyzer = analyzers.computeIfAbsent(Term.primary(language), WordStemmer::analyzer);
        List<WordToken> tokens = new ArrayList<>();
        // U+202F (French narrow no-break space) glues to words under UAX #29 (it is ExtendNumLet);
        // a plain space of the same length keeps the offsets and separates "source" from "?".
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text.replace('\u202F', ' ')))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (position.getPositionIncrement() == 0 && !tokens.isEmpty()) {
                    tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1).withReading(term.toString()));
                } else {
                    tokens.add(new WordToken(term.toString(), offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** True when Tandem finds inflected forms in this language, not only the exact word. */
    public static boolean stems(String language) {
        return STEMMERS.containsKey(Term.primary(language)) || LANGUAGE_ANALYZERS.containsKey(Term.primary(language));
    }

    private static Analyzer polish() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                // Unknown words come out of Morfologik as written: lower-case what it gives.
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(new MorfologikFilter(tokenizer)));
            }
        };
    }

    private static Analyzer analyzer(String language) {
        if (LANGUAGE_ANALYZERS.containsKey(language)) {
            return LANGUAGE_ANALYZERS.get(language).get();
        }
        UnaryOperator<TokenStream> stemmer = STEMMERS.get(language);
        boolean elides = language.equals("fr") || language.equals("it") || language.equals("ca");
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = elides ? new ElisionFilter(tokenizer, ELIDED) : tokenizer;
                stream = new LowerCaseFilter(stream);
                if (stemmer != null) {
                    stream = stemmer.apply(stream);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }
}
