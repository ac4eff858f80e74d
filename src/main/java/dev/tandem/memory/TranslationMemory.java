package dev.tandem.memory;

import dev.tandem.model.MatchQuery;
import dev.tandem.model.MemoryEntry;
import dev.tandem.model.Match;
import dev.tandem.model.ConcordanceHit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The translation memory of a store: entries grouped by where they come from, looked up by fuzzy
 * match (Lucene finds the candidates, {@link FuzzyScore} scores them as OmegaT does) and by
 * concordance. Each change is visible to the next lookup (a saved unit's reopen of the index's
 * readers starts at once in the background; a lookup that comes first waits for it, and a bulk
 * change is reopened by the next lookup itself); {@link #commit()} makes them durable
 * with the stamps that tell, next time, which groups are stale. Thread-safe.
 */
public final class TranslationMemory implements AutoCloseable {

    private final MemoryIndex index;
    private final MatchTokenizer tokenizer = new MatchTokenizer();
    private final QueryBuilder concordanceQueries = new QueryBuilder(IndexAnalyzers.concordance());

    private TranslationMemory(MemoryIndex index) {
        this.index = index;
    }

    /** Opens or creates the index in {@code folder} (derived data: an unusable one starts empty). */
    public static TranslationMemory open(Path folder) {
        return new TranslationMemory(MemoryIndex.open(folder));
    }

    /** Each group's stamp as it was when the group was last written. */
    public Map<String, String> stamps() {
        return index.stamps();
    }

    public void replaceGroup(String group, String stamp, Collection<MemoryEntry> entries) {
        List<MemoryIndex.IndexedEntry> indexed = new ArrayList<>(entries.size());
        for (MemoryEntry entry : entries) {
            indexed.add(new MemoryIndex.IndexedEntry(entry, tokenizer.tokenize(entry.source(), entry.sourceLanguage()).keys()));
        }
        index.replaceGroup(group, stamp, indexed);
    }

    public void removeGroup(String group) {
        index.removeGroup(group);
    }

    /** Adds or replaces one entry; its group's stamp becomes {@code stamp}. */
    public void put(MemoryEntry entry, String stamp) {
        index.put(new MemoryIndex.IndexedEntry(entry, tokenizer.tokenize(entry.source(), entry.sourceLanguage()).keys()), stamp);
    }

    public void remove(String key, String group, String stamp) {
        index.remove(key, group, stamp);
    }

    public void commit() {
        index.commit();
    }

    public long sizeOnDisk() {
        return index.sizeOnDisk();
    }

    /**
     * The best matches for a sentence, best first: at most {@code query.limit()}, each at least
     * {@code query.minimum()}; the same source and target found twice is shown once (the newest).
     */
    public List<Match> matches(MatchQuery query) {
        TokenizedText current = tokenizer.tokenize(query.source(), query.sourceLanguage());
        if (current.keys().isEmpty()) {
            return List.of();
        }
        int floor = Math.min(query.minimum(), Match.EXACT_SCORE);
        String[] keys = current.keys().toArray(String[]::new);
        IndexSearcher searcher = index.acquire();
        try {
            List<Scored> scored = new ArrayList<>();
            for (CandidateSearch.Candidate candidate : CandidateSearch.find(searcher, current.keys(),
                    LanguagePair.key(query.sourceLanguage(), query.targetLanguage()), floor)) {
                int similarity = FuzzyScore.similarity(keys, candidate.keys());
                if (similarity >= floor) {
                    scored.add(new Scored(candidate.doc(), similarity, Math.abs(candidate.keys().length - keys.length)));
                }
            }
            scored.sort(Comparator.comparingInt(Scored::similarity).reversed().thenComparingInt(Scored::lengthGap));
            return best(searcher, query, current, scored);
        } finally {
            index.release(searcher);
        }
    }

    private List<Match> best(IndexSearcher searcher, MatchQuery query, TokenizedText current, List<Scored> scored) {
        // Penalties and the 99/101 rule move scores by a few points; look a little past the limit.
        int look = Math.min(scored.size(), query.limit() * 2 + 4);
        List<Match> matches = new ArrayList<>();
        try {
            for (Scored hit : scored.subList(0, look)) {
                MemoryEntry entry = IndexFields.fromDocument(searcher.storedFields().document(hit.doc()));
                if (query.exclude().contains(entry.key())) {
                    continue;
                }
                TokenizedText memory = tokenizer.tokenize(entry.source(), entry.sourceLanguage());
                Match match = MatchScoring.score(query, current, entry, memory, hit.similarity());
                if (match.score() >= query.minimum()) {
                    matches.add(match);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        matches.sort(Comparator.comparingInt(Match::score).reversed()
                .thenComparing(match -> match.entry().origin().kind())
                .thenComparing(match -> match.entry().origin().updated(), Comparator.nullsLast(Comparator.reverseOrder())));
        List<Match> distinct = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Match match : matches) {
            if (seen.add(match.entry().source() + '\u0000' + match.entry().target()) && distinct.size() < query.limit()) {
                distinct.add(match);
            }
        }
        return List.copyOf(distinct);
    }

    /**
     * Entries whose source or target holds {@code phrase} (case and accents ignored), in the pair's
     * languages (either null: any).
     */
    public List<ConcordanceHit> concordance(String phrase, String sourceLanguage, String targetLanguage, int limit) {
        Query inSource = concordanceQueries.createPhraseQuery(IndexFields.CONCORDANCE_SOURCE, phrase);
        Query inTarget = concordanceQueries.createPhraseQuery(IndexFields.CONCORDANCE_TARGET, phrase);
        if (inSource == null && inTarget == null) {
            return List.of();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        Arrays.asList(inSource, inTarget).forEach(part -> {
            if (part != null) {
                builder.add(part, BooleanClause.Occur.SHOULD);
            }
        });
        if (sourceLanguage != null && targetLanguage != null) {
            builder.add(new TermQuery(new Term(IndexFields.PAIR, LanguagePair.key(sourceLanguage, targetLanguage))), BooleanClause.Occur.FILTER);
        }
        IndexSearcher searcher = index.acquire();
        try {
            List<ConcordanceHit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(builder.build(), limit).scoreDocs) {
                MemoryEntry entry = IndexFields.fromDocument(searcher.storedFields().document(doc.doc));
                if (!sameLanguage(sourceLanguage, entry.sourceLanguage()) || !sameLanguage(targetLanguage, entry.targetLanguage())) {
                    continue;
                }
                hits.add(new ConcordanceHit(entry, AccentFolding.find(entry.source(), phrase), AccentFolding.find(entry.target(), phrase)));
            }
            return List.copyOf(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private static boolean sameLanguage(String wanted, String language) {
        return wanted == null || LanguagePair.primary(wanted).equals(LanguagePair.primary(language));
    }

    @Override
    public void close() {
        index.close();
    }

    private record Scored(int doc, int similarity, int lengthGap) {
    }
}
