package dev.tandem.bench;

import dev.tandem.terms.TermMatch;
import dev.tandem.terms.TermRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Injects one known error of a kind into a correct translation, as a hurried translator would make it. */
final class ErrorInjector {

    /** The kinds of error, each with the check expected to catch it. */
    enum Kind {
        CHANGED_NUMBER("numbers"), DROPPED_TERM("glossary"), END_PUNCTUATION("end-punctuation"), DOUBLE_SPACE("double-space"),
        MISSING_URL("urls"), MISSPELLING("spelling"), INCONSISTENT_REPETITION("inconsistent-translation");

        final String check;

        Kind(String check) {
            this.check = check;
        }
    }

    /** An erroneous unit: the source (changed only for the URL kind, which adds a link to both sides first), its target and the correct target. */
    record Mutation(Kind kind, String source, String correctTarget, String target) {
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?![\\p{L}\\d])");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}'’-])\\p{Ll}{6,}(?![\\p{L}'’-])");
    private static final Pattern INNER_SPACE = Pattern.compile("(?<=\\S) (?=\\S)");

    private final TermRecognizer.TermIndex targetTerms;
    private final TermRecognizer.TermIndex sourceTerms;

    ErrorInjector(TermRecognizer.TermIndex sourceTerms, TermRecognizer.TermIndex targetTerms) {
        this.sourceTerms = sourceTerms;
        this.targetTerms = targetTerms;
    }

    Optional<Mutation> inject(Kind kind, QaCorpus.Pair pair, Random random) {
        String source = pair.source();
        String target = pair.target();
        return switch (kind) {
            case CHANGED_NUMBER -> changedNumber(source, target, random).map(t -> new Mutation(kind, source, target, t));
            case DROPPED_TERM -> droppedTerm(source, target).map(t -> new Mutation(kind, source, target, t));
            case END_PUNCTUATION -> endPunctuation(target).map(t -> new Mutation(kind, source, target, t));
            case DOUBLE_SPACE -> pick(INNER_SPACE.matcher(target), random)
                    .map(at -> new Mutation(kind, source, target, target.substring(0, at) + " " + target.substring(at)));
            case MISSING_URL -> Optional.of(missingUrl(pair, random));
            case MISSPELLING -> misspelt(source, target, random).map(t -> new Mutation(kind, source, target, t));
            case INCONSISTENT_REPETITION -> reworded(target, random).map(t -> new Mutation(kind, source, target, t));
        };
    }

    /** A number the source has too, with its last digit changed (1956 → 1957). */
    private static Optional<String> changedNumber(String source, String target, Random random) {
        List<int[]> candidates = new ArrayList<>();
        Matcher number = NUMBER.matcher(target);
        while (number.find()) {
            if (Pattern.compile("(?<!\\d)" + number.group() + "(?!\\d)").matcher(source).find()) {
                candidates.add(new int[] {number.start(), number.end()});
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int[] chosen = candidates.get(random.nextInt(candidates.size()));
        String digits = target.substring(chosen[0], chosen[1]);
        int last = digits.charAt(digits.length() - 1) - '0';
        String changed = digits.substring(0, digits.length() - 1) + (char) ('0' + (last + 1) % 10);
        return Optional.of(target.substring(0, chosen[0]) + changed + target.substring(chosen[1]));
    }

    /** The glossary translation of a source term, left out of the target. */
    private Optional<String> droppedTerm(String source, String target) {
        List<TermMatch> inSource = sourceTerms.find(source);
        for (TermMatch hit : targetTerms.find(target)) {
            if (inSource.stream().anyMatch(match -> match.term().target().equals(hit.term().target()))) {
                String dropped = target.substring(0, hit.start()) + target.substring(hit.end());
                return Optional.of(dropped.replaceAll(" {2,}", " ").replaceAll(" ([.,])", "$1").strip());
            }
        }
        return Optional.empty();
    }

    /** The final full stop dropped, or a question or exclamation ended with a full stop. */
    private static Optional<String> endPunctuation(String target) {
        String trimmed = target.strip();
        if (trimmed.endsWith(".") && !trimmed.endsWith("..")) {
            return Optional.of(trimmed.substring(0, trimmed.length() - 1));
        }
        if (trimmed.endsWith("?") || trimmed.endsWith("!")) {
            return Optional.of(trimmed.substring(0, trimmed.length() - 1).stripTrailing() + ".");
        }
        if (trimmed.endsWith(":")) {
            return Optional.of(trimmed.substring(0, trimmed.length() - 1).stripTrailing() + ".");
        }
        return Optional.empty();
    }

    /** Both sides get a link before their final mark; the target then loses it. */
    private static Mutation missingUrl(QaCorpus.Pair pair, Random random) {
        String url = "https://www.sac-cas.ch/de/huetten/" + (1000 + random.nextInt(9000));
        String source = withBeforeEnd(pair.source(), " (" + url + ")");
        String target = withBeforeEnd(pair.target(), " (" + url + ")");
        String dropped = random.nextBoolean() ? withBeforeEnd(pair.target(), "")
                : target.replace(url, url.substring(0, url.lastIndexOf('/')));
        return new Mutation(Kind.MISSING_URL, source, target, dropped);
    }

    static String withBeforeEnd(String text, String insert) {
        int end = text.length();
        while (end > 0 && ".!?:;\u202F\u00A0 ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end) + insert + text.substring(end);
    }

    /** Two neighbouring letters of a long lower-case word swapped (traduction → tradutcion). */
    private static Optional<String> misspelt(String source, String target, Random random) {
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(target);
        while (word.find()) {
            if (!source.contains(word.group())) {
                words.add(new int[] {word.start(), word.end()});
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int[] chosen = words.get(random.nextInt(words.size()));
        for (int at = chosen[0] + 2; at < chosen[1] - 2; at++) {
            if (target.charAt(at) != target.charAt(at + 1)) {
                return Optional.of(target.substring(0, at) + target.charAt(at + 1) + target.charAt(at) + target.substring(at + 2));
            }
        }
        return Optional.empty();
    }

    /** The same source translated again elsewhere, with a word of the first translation left out. */
    private static Optional<String> reworded(String target, Random random) {
        Matcher word = WORD.matcher(target);
        List<int[]> words = new ArrayList<>();
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int[] chosen = words.get(random.nextInt(words.size()));
        return Optional.of((target.substring(0, chosen[0]) + target.substring(chosen[1])).replaceAll(" {2,}", " ").strip());
    }

    private static Optional<Integer> pick(Matcher matcher, Random random) {
        List<Integer> offsets = new ArrayList<>();
        while (matcher.find()) {
            offsets.add(matcher.start());
        }
        return offsets.isEmpty() ? Optional.empty() : Optional.of(offsets.get(random.nextInt(offsets.size())));
    }
}
