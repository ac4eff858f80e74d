package dev.tandem.terms;

import dev.tandem.model.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds glossary terms in text: each term and each text are reduced to word stems in their
 * language, and a term matches where its stems appear in a row (so multiword terms and inflected
 * forms match). A term written with capitals inside it ({@code API}, {@code iPhone}) matches only
 * in that case; others match in any case. Where terms overlap, the longest wins.
 */
public final class TermRecognizer {

    private final WordStemmer stemmer;

    public TermRecognizer(WordStemmer stemmer) {
        this.stemmer = stemmer;
    }

    /** An index of {@code terms}' source sides in {@code language}, for finding them in many texts. */
    public TermIndex sourceIndex(List<Term> terms, String language) {
        return index(terms, language, Term::source);
    }

    /** An index of the terms' translations, for checking a target. */
    public TermIndex targetIndex(List<Term> terms, String language) {
        return index(terms, language, Term::target);
    }

    private TermIndex index(List<Term> terms, String language, java.util.function.Function<Term, String> side) {
        Map<String, List<Pattern>> byFirstStem = new HashMap<>();
        for (Term term : terms) {
            String phrase = side.apply(term);
            List<WordToken> tokens = stemmer.tokens(phrase, language);
            if (tokens.isEmpty()) {
                continue;
            }
            List<String> stems = tokens.stream().map(token -> termStem(phrase, token)).toList();
            List<String> caseSensitive = caseSensitive(phrase) ? tokens.stream()
                    .map(token -> phrase.substring(token.start(), token.start() + Math.min(token.stem().length(), token.end() - token.start())))
                    .toList() : null;
            byFirstStem.computeIfAbsent(stems.get(0), key -> new ArrayList<>()).add(new Pattern(term, stems, caseSensitive));
        }
        return new TermIndex(language, byFirstStem);
    }

    /** Terms with a capital after their first letter keep their case: acronyms, brand names. */
    static boolean caseSensitive(String phrase) {
        for (int i = 1; i < phrase.length(); i++) {
            if (Character.isUpperCase(phrase.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of a term as it is matched: a glossary writes terms in their dictionary form, so where
     * the dictionary gives the word several lemmas, the one it is written as (tłumacz, not
     * tłumaczyć, whose forms "tłumaczenie" shares) is the term's.
     */
    private static String termStem(String phrase, WordToken token) {
        String written = phrase.substring(token.start(), token.end()).toLowerCase(java.util.Locale.ROOT);
        return token.stems().contains(written) ? written : token.stem();
    }

    private record Pattern(Term term, List<String> stems, List<String> surfaces) {
    }

    /** Terms ready to be found in texts of one language. */
    public final class TermIndex {
        private final String language;
        private final Map<String, List<Pattern>> byFirstStem;

        private TermIndex(String language, Map<String, List<Pattern>> byFirstStem) {
            this.language = language;
            this.byFirstStem = byFirstStem;
        }

        public boolean isEmpty() {
            return byFirstStem.isEmpty();
        }

        /** The terms found in {@code text}, in text order, longest first where they overlap. */
        public List<TermMatch> find(String text) {
            if (byFirstStem.isEmpty() || text.isEmpty()) {
                return List.of();
            }
            List<WordToken> tokens = stemmer.tokens(text, language);
            List<TermMatch> found = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                java.util.Set<Pattern> candidates = new java.util.LinkedHashSet<>();
                tokens.get(i).stems().forEach(stem -> candidates.addAll(byFirstStem.getOrDefault(stem, List.of())));
                for (Pattern pattern : candidates) {
                    if (matches(pattern, tokens, i, text)) {
                        int start = tokens.get(i).start();
                        int end = tokens.get(i + pattern.stems().size() - 1).end();
                        found.add(new TermMatch(pattern.term(), start, end, text.substring(start, end)));
                    }
                }
            }
            return withoutNested(found);
        }

        private boolean matches(Pattern pattern, List<WordToken> tokens, int at, String text) {
            if (at + pattern.stems().size() > tokens.size()) {
                return false;
            }
            for (int k = 0; k < pattern.stems().size(); k++) {
                WordToken token = tokens.get(at + k);
                if (!token.stems().contains(pattern.stems().get(k))) {
                    return false;
                }
                if (pattern.surfaces() != null && !text.startsWith(pattern.surfaces().get(k), token.start())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Keeps a match unless a longer one covers it (a different term: "memory" inside "translation memory"). */
    private static List<TermMatch> withoutNested(List<TermMatch> found) {
        List<TermMatch> kept = new ArrayList<>();
        for (TermMatch match : found) {
            boolean nested = found.stream().anyMatch(other -> other != match
                    && other.start() <= match.start() && other.end() >= match.end()
                    && other.end() - other.start() > match.end() - match.start());
            if (!nested) {
                kept.add(match);
            }
        }
        kept.sort(Comparator.comparingInt(TermMatch::start).thenComparing(match -> match.term().id()));
        return List.copyOf(kept);
    }
}
