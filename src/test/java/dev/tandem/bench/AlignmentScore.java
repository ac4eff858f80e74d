package dev.tandem.bench;

import dev.tandem.align.Alignment;
import dev.tandem.align.BeadLine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict and lax precision, recall and F1 of predicted beads against gold beads, as in Vecalign's
 * and Bertalign's scorers (see src/test/resources/bench/alignment/README.md). Strict: a bead is
 * right when it is exactly a gold bead; precision counts every predicted bead (1:0 and 0:1 too),
 * recall every gold bead with two non-empty sides. Lax: a bead that is not exact is still right when
 * it shares a source–target sentence link with a bead of the other side.
 */
record AlignmentScore(double strictPrecision, double strictRecall, double laxPrecision, double laxRecall) {

    static AlignmentScore of(Alignment predicted, List<BeadLine> gold) {
        List<BeadLine> predictedLines = predicted.beads().stream().map(BeadLine::of).toList();
        List<BeadLine> goldPairs = gold.stream().filter(BeadLine::isPair).toList();
        Set<BeadLine> goldSet = new HashSet<>(gold);
        Set<BeadLine> predictedSet = new HashSet<>(predictedLines);
        int strictHits = 0;
        int laxHits = 0;
        for (BeadLine bead : predictedLines) {
            if (goldSet.contains(bead)) {
                strictHits++;
                laxHits++;
            } else if (sharesLink(gold, bead)) {
                laxHits++;
            }
        }
        int strictFound = 0;
        int laxFound = 0;
        for (BeadLine bead : goldPairs) {
            if (predictedSet.contains(bead)) {
                strictFound++;
                laxFound++;
            } else if (sharesLink(predictedLines, bead)) {
                laxFound++;
            }
        }
        return new AlignmentScore(ratio(strictHits, predictedLines.size()), ratio(strictFound, goldPairs.size()),
                ratio(laxHits, predictedLines.size()), ratio(laxFound, goldPairs.size()));
    }

    double strictF1() {
        return f1(strictPrecision, strictRecall);
    }

    double laxF1() {
        return f1(laxPrecision, laxRecall);
    }

    private static boolean sharesLink(List<BeadLine> beads, BeadLine wanted) {
        return wanted.isPair() && beads.stream().anyMatch(bead -> bead.isPair() && bead.sharesLinkWith(wanted));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
