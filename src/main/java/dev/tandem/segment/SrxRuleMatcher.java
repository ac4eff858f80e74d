package dev.tandem.segment;

import dev.tandem.model.SegmentationRules.BreakRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SRX rules for one language, compiled: adds the breaks that break rules find and decides a
 * candidate position by the first rule that matches there (SRX 2.0, section 2.5: rules are
 * evaluated in order and the first match wins).
 */
final class SrxRuleMatcher {

    /** How far back a before-break pattern may look; SRX rules look at a word or two. */
    private static final int WINDOW = 160;

    private record CompiledRule(boolean isBreak, Pattern before, Pattern after, Pattern whole) {
    }

    private final List<CompiledRule> rules = new ArrayList<>();

    SrxRuleMatcher(List<BreakRule> breakRules) {
        for (BreakRule rule : breakRules) {
            rules.add(new CompiledRule(rule.isBreak(),
                    Pattern.compile("(?:" + rule.beforeBreak() + ")\\z"),
                    Pattern.compile(rule.afterBreak()),
                    Pattern.compile("(?:" + rule.beforeBreak() + ")(?=" + rule.afterBreak() + ")")));
        }
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Adds, as candidates, every position where a break rule matches (moved past following spaces). */
    void addBreaks(String text, IntList candidates) {
        for (CompiledRule rule : rules) {
            if (!rule.isBreak() || rule.whole().pattern().equals("(?:)(?=)")) {
                continue;
            }
            Matcher matcher = rule.whole().matcher(text);
            while (matcher.find()) {
                int at = matcher.end();
                while (at < text.length() && Punctuation.isSpace(text.charAt(at))) {
                    at++;
                }
                if (at > 0) {
                    candidates.add(at);
                }
            }
        }
    }

    /**
     * The decision of the first rule matching at the candidate (tried just after the terminator,
     * then after the spaces), or null when no rule speaks.
     */
    Boolean decide(String text, int candidate) {
        int beforeSpaces = candidate;
        while (beforeSpaces > 0 && Punctuation.isSpace(text.charAt(beforeSpaces - 1))) {
            beforeSpaces--;
        }
        Boolean decision = decideAt(text, beforeSpaces);
        return decision != null || beforeSpaces == candidate ? decision : decideAt(text, candidate);
    }

    private Boolean decideAt(String text, int position) {
        for (CompiledRule rule : rules) {
            Matcher before = rule.before().matcher(text);
            before.useTransparentBounds(true).useAnchoringBounds(true).region(Math.max(0, position - WINDOW), position);
            if (!before.find()) {
                continue;
            }
            Matcher after = rule.after().matcher(text);
            after.useTransparentBounds(true).useAnchoringBounds(false)
                    .region(position, Math.min(text.length(), position + WINDOW));
            if (after.lookingAt()) {
                return rule.isBreak();
            }
        }
        return null;
    }
}
