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
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.GreekStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Splits text into words with Lucene's Unicode tokenizer and reduces each to its stem with the
 * language's Snowball stemmer, so "interfaces" finds the term "interface" and "Übersetzungen"
 * finds "Übersetzung". Elided articles go first in French, Italian and Catalan ({@code l'interface}).
 * Languages without a Snowball stemmer here (Polish, Ukrainian, Chinese, Japanese, …) are matched
 * word by word, lower-cased; Chinese and Japanese ideographs are single tokens, so a term is a run
 * of them.
 */
public final class WordStemmer {

    private static final CharArraySet ELIDED = new CharArraySet(List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c",
            "jusqu", "quoiqu", "lorsqu", "puisqu", "un", "dell", "nell", "sull", "all", "dall", "coll", "pell", "gl", "agl",
            "dagl", "degl", "negl", "sugl"), true);

    private static final Map<String, Supplier<SnowballStemmer>> STEMMERS = Map.ofEntries(
            Map.entry("en", EnglishStemmer::new), Map.entry("fr", FrenchStemmer::new), Map.entry("de", GermanStemmer::new),
            Map.entry("es", SpanishStemmer::new), Map.entry("it", ItalianStemmer::new), Map.entry("pt", PortugueseStemmer::new),
            Map.entry("nl", DutchStemmer::new), Map.entry("ru", RussianStemmer::new), Map.entry("sv", SwedishStemmer::new),
            Map.entry("da", DanishStemmer::new), Map.entry("no", NorwegianStemmer::new), Map.entry("nb", NorwegianStemmer::new),
            Map.entry("fi", FinnishStemmer::new), Map.entry("hu", HungarianStemmer::new), Map.entry("ro", RomanianStemmer::new),
            Map.entry("tr", TurkishStemmer::new), Map.entry("ca", CatalanStemmer::new), Map.entry("el", GreekStemmer::new),
            Map.entry("ar", ArabicStemmer::new));

    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    /** The words of {@code text} in {@code language} (a BCP 47 tag; only the primary subtag counts). */
    public List<WordToken> tokens(String text, String language) {
        Analyzer analyzer = analyzers.computeIfAbsent(Term.primary(language), WordStemmer::analyzer);
        List<WordToken> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new WordToken(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** True when Tandem finds inflected forms in this language, not only the exact word. */
    public static boolean stems(String language) {
        return STEMMERS.containsKey(Term.primary(language));
    }

    private static Analyzer analyzer(String language) {
        Supplier<SnowballStemmer> stemmer = STEMMERS.get(language);
        boolean elides = language.equals("fr") || language.equals("it") || language.equals("ca");
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = elides ? new ElisionFilter(tokenizer, ELIDED) : tokenizer;
                stream = new LowerCaseFilter(stream);
                if (stemmer != null) {
                    stream = new SnowballFilter(stream, stemmer.get());
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }
}
