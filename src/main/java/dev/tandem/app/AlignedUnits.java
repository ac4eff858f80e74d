package dev.tandem.app;

import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.BeadLink;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns an alignment into units: one unit per bead with source sentences, its target the bead's
 * target sentences. A target sentence the source lacks (a 0:1 bead) is never dropped: it is added
 * to the unit before it (or after it, at the start) and the unit's note says so.
 *
 * <p>An alignment fills only units that are empty or hold a target the aligner wrote itself; a
 * unit a person typed, imported or confirmed is kept unless the caller asks to replace those too.
 * Units written from unverified beads carry the subState {@link Unit#ALIGNED}.
 */
final class AlignedUnits {

    static final String ALIGNER = "aligner";

    private final Document document;
    private final Map<String, String> segmentTexts;
    private final String joiner;

    AlignedUnits(Document document, LanguageTag targetLanguage) {
        this.document = document;
        this.segmentTexts = document.segmentTexts();
        this.joiner = targetLanguage.sentenceSeparator();
    }

    /** The translation after an alignment, how many units it filled, and the units it kept. */
    record Outcome(Translation translation, int filled, List<AlignmentResult.Kept> kept) {
    }

    /** The units an alignment gives, before revisions and times are assigned. */
    List<Unit> derive(AlignmentRecord alignment) {
        List<Segment> segments = document.segments();
        List<Unit> units = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (BeadLink bead : alignment.beads()) {
            List<String> targets = alignment.targetSentences().subList(bead.targetStart(), bead.targetEnd());
            if (bead.sourceCount() == 0) {
                if (units.isEmpty()) {
                    pending.addAll(targets);
                } else {
                    units.set(units.size() - 1, withExtra(units.get(units.size() - 1), targets, false));
                }
                continue;
            }
            List<String> ids = segments.subList(bead.sourceStart(), bead.sourceEnd()).stream().map(Segment::id).toList();
            String target = String.join(joiner, targets);
            Status status = target.isBlank() ? Status.INITIAL : bead.verified() ? Status.REVIEWED : Status.TRANSLATED;
            String note = target.isBlank() ? null : String.format(Locale.ROOT, "aligned (confidence %.2f)", bead.confidence());
            String subState = target.isBlank() || bead.verified() ? null : Unit.ALIGNED;
            Unit unit = new Unit(ids.get(0), ids, target, status, 0, null, ALIGNER, null, note, subState);
            if (!pending.isEmpty()) {
                unit = withExtra(unit, pending, true);
                pending.clear();
            }
            units.add(unit);
        }
        return units;
    }

    /**
     * The translation after aligning {@code alignment}: units whose aligned form is what they hold
     * already stay as they are; sentences whose units a translator worked on keep them (and a
     * translator's target equal to the aligned one is never demoted to "aligned"), unless
     * {@code replaceHumanWork}; every other unit takes its aligned form.
     */
    Outcome apply(Translation current, AlignmentRecord alignment, boolean replaceHumanWork, Instant now) {
        List<Unit> result = new ArrayList<>();
        List<AlignmentResult.Kept> kept = new ArrayList<>();
        int filled = 0;
        for (Group group : groups(current.units(), derive(alignment))) {
            if (group.humanWork() && (!replaceHumanWork || group.sameTargets())) {
                result.addAll(group.current());
                if (!group.sameTargets()) {
                    kept.addAll(group.kept());
                }
                continue;
            }
            Map<String, Unit> byId = new HashMap<>();
            group.current().forEach(unit -> byId.put(unit.id(), unit));
            long groupRev = group.current().stream().mapToLong(Unit::rev).max().orElse(0);
            for (Unit derived : group.derived()) {
                Unit now_ = byId.get(derived.id());
                if (now_ != null && sameContent(now_, derived)) {
                    result.add(now_);
                    continue;
                }
                long rev = (now_ == null ? groupRev : now_.rev()) + 1;
                result.add(new Unit(derived.id(), derived.sources(), derived.target(), derived.status(), rev, now,
                        ALIGNER, derived.currentSourceHash(segmentTexts::get), derived.note(), derived.subState()));
                if (derived.hasTarget()) {
                    filled++;
                }
            }
        }
        return new Outcome(new Translation(current.document(), current.language(), result), filled, kept);
    }

    /** The units a translator worked on that differ from what {@code alignment} proposes for their sentences. */
    List<AlignmentResult.Kept> kept(Translation current, AlignmentRecord alignment) {
        List<AlignmentResult.Kept> kept = new ArrayList<>();
        for (Group group : groups(current.units(), derive(alignment))) {
            if (group.humanWork() && !group.sameTargets()) {
                kept.addAll(group.kept());
            }
        }
        return kept;
    }

    /** A person's work: a target not written by the aligner (typed, imported, or a conflict resolved). */
    private static boolean humanWork(Unit unit) {
        return unit.hasTarget() && !ALIGNER.equals(unit.by());
    }

    private static boolean sameContent(Unit a, Unit b) {
        return a.sources().equals(b.sources()) && a.target().equals(b.target()) && a.status() == b.status()
                && Objects.equals(a.note(), b.note()) && Objects.equals(a.subState(), b.subState())
                && ALIGNER.equals(a.by());
    }

    /**
     * The smallest runs of units where the stored units and the aligned ones cover the same
     * sentences, so a 2:1 bead over two stored units is decided as one.
     */
    private List<Group> groups(List<Unit> current, List<Unit> derived) {
        List<Group> groups = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < current.size() || j < derived.size()) {
            List<Unit> stored = new ArrayList<>();
            List<Unit> aligned = new ArrayList<>();
            int storedSegments = 0;
            int alignedSegments = 0;
            do {
                if ((storedSegments <= alignedSegments || j >= derived.size()) && i < current.size()) {
                    storedSegments += current.get(i).sources().size();
                    stored.add(current.get(i++));
                } else if (j < derived.size()) {
                    alignedSegments += derived.get(j).sources().size();
                    aligned.add(derived.get(j++));
                } else {
                    break;
                }
            } while (storedSegments != alignedSegments);
            groups.add(new Group(stored, aligned));
        }
        return groups;
    }

    private final class Group {
        private final List<Unit> current;
        private final List<Unit> derived;

        Group(List<Unit> current, List<Unit> derived) {
            this.current = current;
            this.derived = derived;
        }

        List<Unit> current() {
            return current;
        }

        List<Unit> derived() {
            return derived;
        }

        boolean humanWork() {
            return current.stream().anyMatch(AlignedUnits::humanWork);
        }

        boolean sameTargets() {
            return joined(current).equals(joined(derived));
        }

        List<AlignmentResult.Kept> kept() {
            String aligned = joined(derived);
            return current.stream().filter(AlignedUnits::humanWork)
                    .map(unit -> new AlignmentResult.Kept(unit.id(), unit.sources(), unit.sourceText(segmentTexts::get), unit.target(),
                            unit.by(), aligned))
                    .toList();
        }

        private String joined(List<Unit> units) {
            return String.join(joiner, units.stream().map(Unit::target).filter(target -> !target.isBlank()).toList());
        }
    }

    private Unit withExtra(Unit unit, List<String> extra, boolean before) {
        String added = String.join(joiner, extra);
        String target = unit.target().isBlank() ? added : before ? added + joiner + unit.target() : unit.target() + joiner + added;
        String note = (unit.note() == null ? "aligned" : unit.note()) + "; includes " + extra.size()
                + " target sentence(s) without a source counterpart";
        Status status = unit.status() == Status.INITIAL ? Status.TRANSLATED : unit.status();
        String subState = unit.subState() == null && unit.status() == Status.INITIAL ? Unit.ALIGNED : unit.subState();
        return new Unit(unit.id(), unit.sources(), target, status, unit.rev(), unit.updated(), unit.by(), unit.sourceHash(), note,
                subState);
    }
}
