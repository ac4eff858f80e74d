package dev.tandem.exchange;

import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A document whose text and translations hold everything that breaks naive writers. */
final class TrickyText {

    static final String SOURCE = String.join("\n\n",
            "Fish & chips cost < 5 € at \"Joe's\" place. Emoji 😀 are fine!",
            "مرحبا بالعالم. هذا نص عربي.",
            "東京は日本の首都です。漢字とかなも大丈夫です。",
            "=1+2 is not a formula. A plain last sentence.");

    /** Targets for the first units: spaces at the ends, line breaks, markup-like text, RTL, CJK, formulas. */
    static final List<String> TARGETS = List.of(
            "  Poisson & frites < 5 € chez « Joe » !  ",
            "Les émojis 😀\nsont acceptés\r\n(deux lignes).",
            "שלום עולם",
            "<b>pas du HTML</b> &amp; ]]> \"guillemets\" 'apostrophes'",
            "東京は日本の首都です。",
            "'=SUM(A1) et @cmd",
            "-2 degrés\tet une tabulation");

    private TrickyText() {
    }

    static Document importInto(Workbench workbench, Path folder) {
        try {
            Path file = folder.resolve("tricky.txt");
            Files.writeString(file, SOURCE, StandardCharsets.UTF_8);
            return workbench.documents().importFile(file, LanguageTag.of("en"), "tricky");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Translates the first units with {@link #TARGETS}, in varied statuses, with notes and translators. */
    static Translation translate(Workbench workbench, LanguageTag language) {
        Translation translation = workbench.translations().translation("tricky", language);
        Status[] statuses = Status.values();
        for (int i = 0; i < TARGETS.size() && i < translation.units().size(); i++) {
            Unit unit = translation.units().get(i);
            String note = i % 2 == 0 ? "Note <" + i + "> & \"quotes\"\nsecond line" : null;
            String by = i % 3 == 0 ? "Zoë \"Z\" O'Neil" : "李";
            workbench.translations().save("tricky", language, new UnitEdit(unit.id(), unit.rev(), TARGETS.get(i),
                    statuses[(i + 1) % statuses.length], by, note));
        }
        return workbench.translations().translation("tricky", language);
    }

    /** The same translation with the first two units merged into one (a 2:1 alignment). */
    static Translation withFirstTwoMerged(Translation translation, String target) {
        List<Unit> units = new ArrayList<>(translation.units());
        Unit first = units.remove(0);
        Unit second = units.remove(0);
        units.add(0, new Unit(first.id(), List.of(first.sources().get(0), second.sources().get(0)), target,
                Status.TRANSLATED, 3, first.updated(), "Ana", null, "merged"));
        return new Translation(translation.document(), translation.language(), units);
    }

    /** What must survive a round trip: everything but the revision and time of the change. */
    record Comparable(String id, List<String> sources, String target, Status status, String by, String note) {
        static List<Comparable> of(Translation translation) {
            return translation.units().stream()
                    .map(u -> new Comparable(u.id(), u.sources(), u.target(), u.status(), u.by(), u.note())).toList();
        }
    }
}
