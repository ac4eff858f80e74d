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

/**
 * Turns an alignment into units: one unit per bead with source sentences, its target the bead's
 * target sentences. A target sentence the source lacks (a 0:1 bead) is never dropped: it is added
 * to the unit before it (or after it, at the start) and the unit's note says so.
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
            Unit unit = new Unit(ids.get(0), ids, target, status, 0, null, ALIGNER, null, note);
            if (!pending.isEmpty()) {
                unit = withExtra(unit, pending, true);
                pending.clear();
            }
            units.add(unit);
        }
        return units;
    }

    /**
     * The translation after an alignment changed from {@code before} (null on a first alignment)
     * to {@code after}. Only units whose aligned form changed are replaced, so what a translator
     * edited elsewhere in the meantime stays.
     */
    Translation apply(Translation current, AlignmentRecord before, AlignmentRecord after, Instant now) {
        Map<String, Unit> previous = new HashMap<>();
        if (before != null) {
            derive(before).forEach(unit -> previous.put(unit.id(), unit));
        }
        Map<String, Unit> existing = new HashMap<>();
        current.units().forEach(unit -> existing.put(unit.id(), unit));
        List<Unit> result = new ArrayList<>();
        for (Unit derived : derive(after)) {
            Unit now_ = existing.get(derived.id());
            Unit was = previous.get(derived.id());
            if (now_ != null && before != null && derived.equals(was) && now_.sources().equals(derived.sources())) {
                result.add(now_);
            } else {
                long rev = now_ == null ? 1 : now_.rev() + 1;
                result.add(new Unit(derived.id(), derived.sources(), derived.target(), derived.status(), rev, now,
                        ALIGNER, derived.currentSourceHash(segmentTexts::get), derived.note()));
            }
        }
        return new Translation(current.document(), current.language(), result);
    }

    private Unit withExtra(Unit unit, List<String> extra, boolean before) {
        String added = String.join(joiner, extra);
        String target = unit.target().isBlank() ? added : before ? added + joiner + unit.target() : unit.target() + joiner + added;
        String note = (unit.note() == null ? "aligned" : unit.note()) + "; includes " + extra.size()
                + " target sentence(s) without a source counterpart";
        Status status = unit.status() == Status.INITIAL ? Status.TRANSLATED : unit.status();
        return new Unit(unit.id(), unit.sources(), target, status, unit.rev(), unit.updated(), unit.by(), unit.sourceHash(), note);
    }
}
