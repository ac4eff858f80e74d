package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.app.Workbench;
import dev.tandem.model.Comment;
import dev.tandem.model.Document;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import dev.tandem.model.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Comments go out as notes in TMX and XLIFF, and do not come back as the unit's note. */
class CommentNotesTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = {"TMX", "XLIFF", "XLIFF12"})
    void commentsAreExportedAsNotesAndStayOutOfTheNoteOnTheWayBack(ExchangeFormat format) {
        Workbench workbench = ExchangeFixture.workbench(data.resolve("store"));
        Document document = TrickyText.importInto(workbench, data);
        TrickyText.translate(workbench, ExchangeFixture.FRENCH);
        Unit first = workbench.translations().translation("tricky", ExchangeFixture.FRENCH).units().get(0);
        workbench.translations().save("tricky", ExchangeFixture.FRENCH,
                new UnitEdit(first.id(), first.rev(), first.target(), Status.TRANSLATED, "Ana", "Client's term."));
        Translation translation = workbench.translations().translation("tricky", ExchangeFixture.FRENCH);
        Map<String, List<Comment>> comments = Map.of(first.id(),
                List.of(new Comment("c1", first.id(), "Check « ça » & <b>", "Ben", ExchangeFixture.NOW, false, null, null)));

        byte[] file = new BilingualExporter("test").export(document, translation, comments, format, ExportOptions.defaults(),
                ExchangeFixture.NOW).content();
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("[comment c1 · Ben · " + ExchangeFixture.NOW + "] Check « ça » &amp; &lt;b&gt;"), text);
        assertTrue(text.contains("Client's term.") || text.contains("Client&apos;s term."), text);

        BilingualFile read = new BilingualReader().read(file, "back." + format.extension(), "en", "fr");
        ImportedUnit back = read.units().stream().filter(unit -> first.id().equals(unit.id())).findFirst().orElseThrow();
        assertEquals("Client's term.", back.note());
    }
}
