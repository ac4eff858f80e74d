package dev.tandem.terms;

import dev.tandem.model.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The terms of a store, for every language pair: {@code translations/glossary.json}. */
public record Glossary(List<Term> terms) {
    public Glossary {
        terms = List.copyOf(terms);
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    /** The terms that apply to a document translated from {@code from} into {@code to}. */
    public List<Term> forPair(String from, String to, String documentId) {
        return terms.stream().filter(term -> term.serves(from, to, documentId)).toList();
    }

    public Optional<Term> term(String id) {
        return terms.stream().filter(term -> term.id().equals(id)).findFirst();
    }

    /**
     * Adds terms, replacing an existing entry with the same pair, source and target (so importing a
     * file twice does not double it); new entries get ids {@code t1, t2, …} after the highest in use.
     */
    public Glossary merge(List<Term> added) {
        Map<String, Term> byKey = new LinkedHashMap<>();
        terms.forEach(term -> byKey.put(key(term), term));
        long next = terms.stream().mapToLong(Glossary::number).max().orElse(0) + 1;
        for (Term term : added) {
            Term existing = byKey.get(key(term));
            Term stored = existing != null ? term.withId(existing.id()) : term.withId("t" + next++);
            byKey.put(key(term), stored);
        }
        return new Glossary(new ArrayList<>(byKey.values()));
    }

    /** The glossary with one term changed in place (same id, same position). */
    public Glossary with(Term changed) {
        return new Glossary(terms.stream().map(term -> term.id().equals(changed.id()) ? changed : term).toList());
    }

    /** True when another term has the same pair, source, target and document as {@code term}. */
    public boolean duplicates(Term term) {
        return terms.stream().anyMatch(other -> !other.id().equals(term.id()) && key(other).equals(key(term)));
    }

    public Glossary without(String id) {
        return new Glossary(terms.stream().filter(term -> !term.id().equals(id)).toList());
    }

    private static String key(Term term) {
        return String.join("\u0000", Term.primary(term.sourceLanguage()), Term.primary(term.targetLanguage()),
                term.source(), term.target(), String.valueOf(term.document()));
    }

    private static long number(Term term) {
        String id = term.id();
        if (id.length() > 1 && id.charAt(0) == 't' && id.substring(1).chars().allMatch(Character::isDigit)) {
            return Long.parseLong(id.substring(1));
        }
        return 0;
    }
}
