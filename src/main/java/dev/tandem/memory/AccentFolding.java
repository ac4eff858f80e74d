package dev.tandem.memory;

import dev.tandem.model.TextSpan;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a phrase in a text ignoring case, accents and runs of spaces, and says where it is in the
 * original text: {@code cafe creme} is found in {@code Un café  Crème}.
 */
final class AccentFolding {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private AccentFolding() {
    }

    static List<TextSpan> find(String text, String phrase) {
        Folded haystack = fold(text);
        String needle = fold(phrase.strip()).text;
        List<TextSpan> spans = new ArrayList<>();
        if (needle.isEmpty()) {
            return spans;
        }
        for (int at = haystack.text.indexOf(needle); at >= 0; at = haystack.text.indexOf(needle, at + needle.length())) {
            spans.add(new TextSpan(haystack.origin[at], haystack.origin[at + needle.length() - 1] + 1));
        }
        return spans;
    }

    /** The folded text and, for each of its characters, the index of the character it came from. */
    private record Folded(String text, int[] origin) {
    }

    private static Folded fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 4 + 1];
        boolean lastWasSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!lastWasSpace && folded.length() > 0) {
                    origin[folded.length()] = i;
                    folded.append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            String decomposed = NFD.normalize(String.valueOf(c));
            for (int k = 0; k < decomposed.length(); k++) {
                char d = decomposed.charAt(k);
                if (UCharacter.getType(d) == UCharacter.NON_SPACING_MARK) {
                    continue;
                }
                origin[folded.length()] = i;
                folded.append(Character.toLowerCase(d));
            }
        }
        return new Folded(folded.toString(), origin);
    }
}
