package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the inline codes of an imported target onto our unit's source codes. A file that carries the
 * source's codes too (every XLIFF and TMX does) is matched code by code in order, whatever ids the
 * other tool gave them; a target alone is matched by id. The codes then take our ids and original
 * data, at the places the translator put them.
 */
final class TargetCodePlacement {

    private TargetCodePlacement() {
    }

    /** The target with our codes in place, or null when its codes cannot be matched to the source's. */
    static CodedText place(CodedText ourSource, ImportedUnit incoming) {
        CodedText target = incoming.codedTarget();
        if (!target.hasCodes()) {
            return target;
        }
        Map<String, InlineCode> ours = correspondence(ourSource, incoming.codedSource());
        if (ours == null) {
            return null;
        }
        List<InlineCode> placed = new ArrayList<>();
        for (InlineCode code : target.codes()) {
            InlineCode own = ours.get(key(code));
            if (own == null) {
                return null;
            }
            placed.add(own.at(code.at()));
        }
        CodedText result = new CodedText(target.text(), placed);
        boolean structural = result.problemsAgainst(ourSource).stream()
                .anyMatch(problem -> problem.endsWith("not in the source") || problem.endsWith("used twice"));
        return structural ? null : result;
    }

    /** The file's code (by id and kind) → our code. */
    private static Map<String, InlineCode> correspondence(CodedText ourSource, CodedText theirSource) {
        Map<String, InlineCode> map = new HashMap<>();
        if (theirSource.hasCodes()) {
            if (theirSource.codes().size() != ourSource.codes().size()) {
                return null;
            }
            for (int k = 0; k < ourSource.codes().size(); k++) {
                InlineCode theirs = theirSource.codes().get(k);
                InlineCode own = ourSource.codes().get(k);
                if (theirs.kind() != own.kind()) {
                    return null;
                }
                map.putIfAbsent(key(theirs), own);
            }
        } else {
            ourSource.codes().forEach(code -> map.putIfAbsent(key(code), code));
        }
        return map;
    }

    private static String key(InlineCode code) {
        return code.id() + "/" + code.kind();
    }
}
