package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.TextSpan;
import java.util.List;

/**
 * A target unusually long or short for its source, judged against the pair's usual length ratio
 * learnt from the store ({@link LengthModel}): beyond 3.5 spreads either way. Short sources are
 * left alone, and so are pairs with a language written without spaces until the store has taught
 * the ratio.
 */
final class LengthCheck implements UnitCheck {

    private static final double LIMIT = 3.5;

    @Override
    public String name() {
        return "length";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated() || unit.source().strip().length() < LengthModel.MINIMUM_SOURCE_LENGTH) {
            return List.of();
        }
        LengthModel model = context.corpus().length();
        boolean learnt = model.learntFrom() >= LengthModel.MINIMUM_UNITS;
        if (!learnt && (unit.sourceLanguage().writtenWithoutWordSpaces() || unit.targetLanguage().writtenWithoutWordSpaces())) {
            return List.of();
        }
        double deviation = model.deviation(unit.source(), unit.target());
        if (Math.abs(deviation) <= LIMIT) {
            return List.of();
        }
        String basis = learnt ? " (usually about " + model.expectedLength(unit.source()) + " characters for this source in this store)" : "";
        return List.of(Finding.warning("length", (deviation > 0 ? "The translation is unusually long" : "The translation is unusually short")
                + basis + ": is something added or missing?", List.of(), List.of(new TextSpan(0, unit.target().length()))));
    }
}
