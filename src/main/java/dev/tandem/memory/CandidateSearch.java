package dev.tandem.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The first step of a lookup: the entries that can score at least the minimum at all, best first.
 * A score of {@code s} needs at least {@code ⌈n·s/100⌉} of the sentence's {@code n} tokens in the
 * entry and a length between {@code ⌈n·s/100⌉} and {@code ⌊n·100/s⌋}; both bounds are exact, so
 * they lose no match. Among the entries that pass, Lucene's BM25 ranks those sharing the rarer
 * words first and only the best {@value #CANDIDATES} are scored exactly; entries with exactly the
 * same tokens are always fetched too.
 */
final class CandidateSearch {

    static final int CANDIDATES = 300;
    private static final int MAX_CLAUSES = 512;

    /** A candidate: its Lucene document and its match keys. */
    record Candidate(int doc, String[] keys) {
    }

    private CandidateSearch() {
    }

    static List<Candidate> find(IndexSearcher searcher, List<String> keys, String pair, int minimum) {
        try {
            Set<Integer> docs = new LinkedHashSet<>();
            for (ScoreDoc hit : searcher.search(exactQuery(keys, pair), new TopScoreDocCollectorManager(CANDIDATES, null, 1)).scoreDocs) {
                docs.add(hit.doc);
            }
            Query fuzzy = fuzzyQuery(keys, pair, minimum, needsPairFilter(searcher, pair));
            for (ScoreDoc hit : searcher.search(fuzzy, new TopScoreDocCollectorManager(CANDIDATES, null, CANDIDATES)).scoreDocs) {
                docs.add(hit.doc);
            }
            return withKeys(searcher, docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query exactQuery(List<String> keys, String pair) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.EXACT, IndexFields.exactHash(keys))), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.PAIR, pair)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** A filter every document passes only slows the search down: most memories hold one language pair. */
    private static boolean needsPairFilter(IndexSearcher searcher, String pair) throws IOException {
        return searcher.getIndexReader().docFreq(new Term(IndexFields.PAIR, pair)) < searcher.getIndexReader().maxDoc();
    }

    private static Query fuzzyQuery(List<String> keys, String pair, int minimum, boolean filterPair) {
        int n = keys.size();
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        // Beyond the clause limit, drop terms; every dropped term lowers the count an entry must share.
        int dropped = Math.max(0, distinct.size() - MAX_CLAUSES);
        distinct = distinct.subList(0, distinct.size() - dropped);
        int shared = FuzzyScore.sharedAtLeast(n, minimum) - (n - distinct.size() - dropped) - dropped;
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String key : distinct) {
            words.add(new TermQuery(new Term(IndexFields.TOKENS, key)), BooleanClause.Occur.SHOULD);
        }
        words.setMinimumNumberShouldMatch(Math.max(1, shared));
        int shortest = (int) Math.ceil(n * minimum / 100.0);
        int longest = minimum <= 0 ? Integer.MAX_VALUE : (int) Math.floor(n * 100.0 / minimum);
        // Points build the set of every entry of the right length, doc values check one entry at a
        // time; Lucene takes whichever is cheaper next to the word clauses.
        Query length = new IndexOrDocValuesQuery(IntPoint.newRangeQuery(IndexFields.LENGTH, shortest, longest),
                NumericDocValuesField.newSlowRangeQuery(IndexFields.LENGTH, shortest, longest));
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(words.build(), BooleanClause.Occur.MUST)
                .add(length, BooleanClause.Occur.FILTER);
        if (filterPair) {
            query.add(new TermQuery(new Term(IndexFields.PAIR, pair)), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /** Reads the keys of the documents from doc values, in document order (doc values read forward only). */
    private static List<Candidate> withKeys(IndexSearcher searcher, Set<Integer> docs) throws IOException {
        int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Candidate> candidates = new ArrayList<>(sorted.length);
        BinaryDocValues values = null;
        int leafIndex = -1;
        for (int doc : sorted) {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = DocValues.getBinary(leaves.get(leaf).reader(), IndexFields.TOKEN_VALUES);
            }
            if (values.advanceExact(doc - leaves.get(leaf).docBase)) {
                String joined = values.binaryValue().utf8ToString();
                candidates.add(new Candidate(doc, split(joined)));
            }
        }
        return candidates;
    }

    static String[] split(String joined) {
        if (joined.isEmpty()) {
            return new String[0];
        }
        int count = 1;
        for (int i = 0; i < joined.length(); i++) {
            if (joined.charAt(i) == IndexFields.SEPARATOR) {
                count++;
            }
        }
        String[] keys = new String[count];
        int start = 0;
        int k = 0;
        for (int i = 0; i <= joined.length(); i++) {
            if (i == joined.length() || joined.charAt(i) == IndexFields.SEPARATOR) {
                keys[k++] = joined.substring(start, i);
                start = i + 1;
            }
        }
        return Arrays.copyOf(keys, k);
    }
}
