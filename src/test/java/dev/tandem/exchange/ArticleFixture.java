package dev.tandem.exchange;

import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ExportResult;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A web page with a title, a heading, a list, a quote, a caption, links, emphasis, inline code and a
 * line break, imported into a real store, with helpers to translate its sentences into French with
 * their codes placed by hand.
 */
final class ArticleFixture {

    static final LanguageTag FRENCH = LanguageTag.of("fr");

    static final String PAGE = """
            <!doctype html><html lang="en"><head><title>Garden news</title></head><body><article>
            <h1>Garden news</h1>
            <p>Read the <a href="https://example.org/plan?a=1&amp;b=2">planting plan</a> before <b>Saturday</b>, when the
            community garden opens its gates to everyone from the neighbourhood.</p>
            <h2>What to bring</h2>
            <ul><li>Bring <em>gloves</em> and a bottle of water for the long morning in the beds.</li>
            <li>Bring seeds for the <code>herb</code> beds, which the children will plant with an adult.</li></ul>
            <blockquote><p>Gardens are made by the people who come back every single week.</p></blockquote>
            <figure><img src="depot.jpg" alt=""><figcaption>The old depot in spring, before the first beds were dug.</figcaption></figure>
            <p>Tools are provided<br>by the city. Please do not follow <a href="javascript:alert(1)">this old link</a> to the
            previous sign-up form, which was closed in March.</p>
            </article></body></html>
            """;

    final Workbench workbench;
    final Document document;

    private ArticleFixture(Workbench workbench, Document document) {
        this.workbench = workbench;
        this.document = document;
    }

    static ArticleFixture imported(Path folder) {
        try {
            Path page = folder.resolve("garden.html");
            Files.writeString(page, PAGE, StandardCharsets.UTF_8);
            Workbench workbench = ExchangeFixture.workbench(folder.resolve("store"));
            Document document = workbench.documents().importFile(page, LanguageTag.of("en"), "garden");
            workbench.translations().addLanguage("garden", FRENCH);
            return new ArticleFixture(workbench, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Segment sentence(String start) {
        return document.segments().stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starting " + start + " in " + document.segments()));
    }

    Unit unit(String start) {
        return workbench.translations().translation("garden", FRENCH).unit(sentence(start).id()).orElseThrow();
    }

    /**
     * Saves {@code target} for the sentence starting {@code start}; the k-th code of the source is
     * placed before the k-th {@code marks} string found in the target (searched left to right).
     */
    void translate(String start, String target, String... marks) {
        Segment source = sentence(start);
        List<InlineCode> codes = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < marks.length; k++) {
            int at = marks[k].isEmpty() ? target.length() : target.indexOf(marks[k], from);
            if (at < 0) {
                throw new AssertionError("no '" + marks[k] + "' in " + target);
            }
            codes.add(source.codes().get(k).at(at));
            from = at;
        }
        Unit unit = unit(start);
        workbench.translations().save("garden", FRENCH, new UnitEdit(unit.id(), unit.rev(), target, Status.TRANSLATED, "Ana", null, codes));
    }

    ExportResult export(ExchangeFormat format) {
        return workbench.exchange().export("garden", FRENCH, format, ExportOptions.defaults());
    }

    String exportText(ExchangeFormat format) {
        return new String(export(format).content(), StandardCharsets.UTF_8);
    }

    /** Translates the title, the first paragraph and the list into French, with their codes moved as French word order needs. */
    void translateMost() {
        translate("Garden news", "Nouvelles du jardin");
        // "planting plan" → "plan de plantation", "Saturday" → "samedi"
        translate("Read the planting plan", "Lisez le plan de plantation avant samedi, quand le jardin ouvre ses portes à tout le quartier.",
                "plan de", " avant", "samedi", ", quand");
        translate("What to bring", "Quoi apporter");
        translate("Bring gloves", "Apportez des gants et une bouteille d'eau pour la longue matinée dans les carrés.", "gants", " et");
        translate("Gardens are made", "Les jardins sont faits par ceux qui reviennent chaque semaine.");
    }
}
