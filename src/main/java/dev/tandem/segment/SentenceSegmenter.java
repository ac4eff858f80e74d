package dev.tandem.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.tandem.model.SegmentationRules;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits text into sentences: ICU's sentence {@link BreakIterator} for the language proposes the
 * breaks, and rules of our own confirm or drop them and add the few ICU never proposes
 * (abbreviations and titles, initials, ordinals, list items, ellipses, Greek ";", CJK quotations).
 * Optional SRX rules ({@link SrxReader}) are consulted first at every candidate and win when they
 * match. Spans are trimmed of surrounding whitespace and point into the given text, so the text
 * between two spans is whitespace only. Thread-safe; the same input always gives the same spans.
 */
public final class SentenceSegmenter {

    /** Arbitrary tags from users must not grow the caches without bound. */
    private static final int MAX_CACHED_TAGS = 256;

    /**
     * The per-language machinery, built once per language tag. Each thread gets its own clone of
     * ICU's iterator and reuses it: most paragraphs are a few hundred characters, and cloning the
     * iterator for each would cost as much as a good part of ICU's pass over it.
     */
    private record Engine(ThreadLocal<Workspace> workspaces, BreakDecider decider, ExtraBreakScanner scanner,
            SrxRuleMatcher srx) {
    }

    /** One thread's iterator and candidate list for one language. */
    private record Workspace(BreakIterator breaks, IntList candidates) {
    }

    private final SegmentationRules customRules;
    private final LanguageProfiles profiles = new LanguageProfiles();
    private final Map<String, BreakIterator> prototypes = new ConcurrentHashMap<>();
    private final Map<String, Engine> engines = new ConcurrentHashMap<>();

    /** The built-in rules for every language. */
    public SentenceSegmenter() {
        this(SegmentationRules.none());
    }

    /** The built-in rules, overridden and extended by {@code customRules} (typically read by {@link SrxReader}). */
    public SentenceSegmenter(SegmentationRules customRules) {
        this.customRules = Objects.requireNonNull(customRules, "customRules");
    }

    /** The rules this segmenter was given on top of the built-in ones (empty by default). */
    public SegmentationRules customRules() {
        return customRules;
    }

    /**
     * The rules in force, as SRX: the custom rules first, then the built-in rules written as SRX
     * rules for other tools (OmegaT, Okapi) to approximate Tandem's segmentation.
     */
    public SegmentationRules effectiveRules() {
        return BuiltInSrx.effective(customRules, profiles);
    }

    /**
     * @param languageTag a BCP 47 tag; tags without built-in rules (or not valid at all) get the
     *     rules shared by all languages
     */
    public List<TextSpan> segment(String text, String languageTag) {
        Objects.requireNonNull(text, "text");
        List<TextSpan> spans = new ArrayList<>();
        if (text.isEmpty()) {
            return spans;
        }
        Engine engine = engine(languageTag == null ? "" : languageTag.strip());
        Workspace workspace = engine.workspaces().get();
        BreakIterator breaks = workspace.breaks();
        IntList candidates = workspace.candidates();
        candidates.clear();
        breaks.setText(text);
        for (int at = breaks.next(); at != BreakIterator.DONE; at = breaks.next()) {
            engine.scanner().addIcuBreak(text, at, candidates);
        }
        breaks.setText(""); // the thread's iterator must not keep the caller's text alive
        engine.scanner().scan(text, candidates);
        if (engine.srx() != null) {
            engine.srx().addBreaks(text, candidates);
        }
        candidates.sortUnique();
        int sentenceStart = 0;
        for (int i = 0; i < candidates.size(); i++) {
            int candidate = candidates.get(i);
            if (candidate <= sentenceStart || candidate >= text.length()) {
                continue;
            }
            Boolean custom = engine.srx() == null ? null : engine.srx().decide(text, candidate);
            if (custom != null ? custom : engine.decider().isBreak(text, sentenceStart, candidate)) {
                addTrimmed(text, sentenceStart, candidate, spans);
                sentenceStart = candidate;
            }
        }
        addTrimmed(text, sentenceStart, text.length(), spans);
        return spans;
    }

    private Engine engine(String languageTag) {
        Engine engine = engines.get(languageTag);
        if (engine == null) {
            engine = newEngine(languageTag);
            if (engines.size() < MAX_CACHED_TAGS) {
                engines.put(languageTag, engine);
            }
        }
        return engine;
    }

    private Engine newEngine(String languageTag) {
        String language = languageOf(languageTag);
        LanguageProfile profile = profiles.forLanguage(language);
        BreakIterator prototype = prototypes.computeIfAbsent(language,
                lang -> BreakIterator.getSentenceInstance(lang.isEmpty() ? ULocale.ROOT : new ULocale(lang)));
        SrxRuleMatcher srx = new SrxRuleMatcher(customRules.rulesFor(languageTag));
        ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(
                () -> new Workspace((BreakIterator) prototype.clone(), new IntList()));
        return new Engine(workspaces, new BreakDecider(profile), new ExtraBreakScanner(profile), srx.isEmpty() ? null : srx);
    }

    private static String languageOf(String languageTag) {
        String language = ULocale.forLanguageTag(languageTag.replace('_', '-')).getLanguage().toLowerCase(Locale.ROOT);
        return LanguageProfiles.BUILT_IN.contains(language) ? language : "";
    }

    private static void addTrimmed(String text, int start, int end, List<TextSpan> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new TextSpan(start, end));
        }
    }
}
