package dev.tandem.memory;

import dev.tandem.model.Match;
import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The analyzers of the index. Match keys arrive already cut by {@link MatchTokenizer} and are only
 * split at the separator. Concordance text is cut by Lucene's UAX #29 tokenizer, Chinese and
 * Japanese into overlapping character pairs (so a phrase search finds any run of characters), then
 * lower-cased and folded to ASCII where a letter has an ASCII base, which makes {@code resume}
 * find {@code résumé}. Apostrophes separate words first, so {@code étalonnage} is found in
 * {@code L'étalonnage} (UAX #29 keeps elisions in one word).
 */
final class IndexAnalyzers {

    private IndexAnalyzers() {
    }

    static Analyzer forIndex() {
        Analyzer keys = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = CharTokenizer.fromSeparatorCharPredicate(c -> c == IndexFields.SEPARATOR);
                return new TokenStreamComponents(tokenizer);
            }
        };
        Analyzer concordance = concordance();
        return new PerFieldAnalyzerWrapper(keys, Map.of(IndexFields.CONCORDANCE_SOURCE, concordance,
                IndexFields.CONCORDANCE_TARGET, concordance));
    }

    static Analyzer concordance() {
        NormalizeCharMap.Builder apostrophes = new NormalizeCharMap.Builder();
        apostrophes.add("'", " ");
        apostrophes.add("\u2019", " ");
        NormalizeCharMap map = apostrophes.build();
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(map, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(tokenizer);
                stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }
}
