package dev.tandem.qa;

import dev.tandem.model.LanguageTag;
import dev.tandem.model.TextSpan;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * Whether a one-word glossary term found in a source is used there as the term: the term's word
 * class (the glossary's part of speech; else that of its translation, or of the term, when
 * LanguageTool reads it one way only) against the word's class in the sentence as LanguageTool's
 * tagger and disambiguator read it. "Each translator reviews …" does not use the noun "review".
 */
final class TermUsage {

    private final LanguageToolCheck tools;

    TermUsage(LanguageToolCheck tools) {
        this.tools = tools;
    }

    /** True when the sentence uses the word at {@code span} in a different word class than the term's. */
    boolean anotherWordClass(CheckedUnit unit, GlossaryEvidence.ExpectedTerm term) {
        if (term.term().strip().contains(" ")) {
            return false;
        }
        Optional<WordClass> termClass = WordClass.ofPartOfSpeech(term.partOfSpeech())
                .or(() -> single(term.translations(), unit.targetLanguage()))
                .or(() -> single(List.of(term.term()), unit.sourceLanguage()));
        if (termClass.isEmpty()) {
            return false;
        }
        Set<WordClass> used = classesAt(unit.source(), term.source(), unit.sourceLanguage());
        return !used.isEmpty() && !used.contains(termClass.get());
    }

    /** The one class all the given words' readings share out of context, if there is one. */
    private Optional<WordClass> single(List<String> words, LanguageTag language) {
        Set<WordClass> classes = EnumSet.noneOf(WordClass.class);
        for (String word : words) {
            if (word.strip().contains(" ")) {
                return Optional.empty();
            }
            classes.addAll(classesAt(word.strip(), new TextSpan(0, word.strip().length()), language));
        }
        return classes.size() == 1 ? Optional.of(classes.iterator().next()) : Optional.empty();
    }

    private Set<WordClass> classesAt(String text, TextSpan span, LanguageTag language) {
        Set<WordClass> classes = EnumSet.noneOf(WordClass.class);
        Optional<List<AnalyzedSentence>> sentences = tools.analyze(text, language);
        if (sentences.isEmpty()) {
            return classes;
        }
        int offset = 0;
        for (AnalyzedSentence sentence : sentences.get()) {
            for (AnalyzedTokenReadings token : sentence.getTokensWithoutWhitespace()) {
                int start = offset + token.getStartPos();
                if (start >= span.start() && start < span.end() && !token.isSentenceStart()) {
                    for (AnalyzedToken reading : token) {
                        WordClass.ofTag(reading.getPOSTag()).ifPresent(classes::add);
                    }
                }
            }
            offset += sentence.getText().length();
        }
        return classes;
    }
}
