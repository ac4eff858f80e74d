package dev.tandem.exchange;

import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import dev.tandem.store.JsonMapperFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The seed article in a real store with a fixed clock, and a few units translated into French. */
final class ExchangeFixture {

    static final Instant NOW = Instant.parse("2026-01-15T09:30:00Z");
    static final LanguageTag FRENCH = LanguageTag.of("fr");

    private ExchangeFixture() {
    }

    /** The seed article as stored (blocks and sentences), read as a model record, not extracted again. */
    static Document seedDocument() {
        return model("seed.source.json", Document.class);
    }

    /** Its French translation with units 1, 4, 5 and 6 done, as {@link #seededWithFrench} leaves it. */
    static Translation seedFrench() {
        return model("seed.fr.json", Translation.class);
    }

    private static <T> T model(String name, Class<T> type) {
        try (InputStream input = ExchangeFixture.class.getResourceAsStream("/golden/exchange/model/" + name)) {
            return JsonMapperFactory.create().readValue(input, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workbench workbench(Path data) {
        return Workbench.open(data, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The seed as "seed" with units 1, 4, 5 and 6 translated into French (final, reviewed, translated with a note, a draft). */
    static Workbench seededWithFrench(Path data) {
        Workbench workbench = workbench(data);
        workbench.documents().importFile(TestWorkbench.fixture("seed-article.txt"), LanguageTag.of("en"), "seed");
        Translation french = workbench.translations().translation("seed", FRENCH);
        save(workbench, french.units().get(0), "Kim Jong-Un en visite en Russie : un sommet avec Poutine", Status.FINAL, "Ana", null);
        save(workbench, french.units().get(3), "Le dirigeant nord-coréen Kim Jong-Un était de bonne humeur en quittant Pyongyang"
                + " à bord d'un train privé.", Status.REVIEWED, "Ana", null);
        save(workbench, french.units().get(4), "Le 10 septembre, il est monté dans le train « en civil » & a souri aux"
                + " responsables venus le saluer.", Status.TRANSLATED, "Bruno", "Vérifier la date <10 septembre>");
        save(workbench, french.units().get(5), "=Il est arrivé en Russie", Status.INITIAL, null, null);
        return workbench;
    }

    private static void save(Workbench workbench, Unit unit, String target, Status status, String by, String note) {
        workbench.translations().save("seed", FRENCH, new UnitEdit(unit.id(), unit.rev(), target, status, by, note));
    }
}
