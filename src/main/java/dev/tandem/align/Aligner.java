package dev.tandem.align;

import java.util.List;

/** Aligns a list of target sentences to a list of source sentences. */
public interface Aligner {

    /**
     * @param source         source sentences, in document order
     * @param target         target sentences, in document order
     * @param sourceLanguage BCP 47 tag of the source (e.g. {@code de}); used to measure lengths
     * @param targetLanguage BCP 47 tag of the target (e.g. {@code ja})
     * @return beads that cover every source and every target sentence exactly once, in order
     */
    Alignment align(List<String> source, List<String> target, String sourceLanguage, String targetLanguage);

    /**
     * The same beads (a path a reviewer corrected), each with the confidence this aligner gives
     * such a bead of these texts, so an edited bead is ranked by what it now pairs.
     */
    Alignment rescore(List<String> source, List<String> target, String sourceLanguage, String targetLanguage,
                      Alignment beads);
}
