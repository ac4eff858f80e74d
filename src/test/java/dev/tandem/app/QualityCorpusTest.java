package dev.tandem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consistency check's view of the store follows every change without being read again for
 * each save: saves in another document, a language taken off, a document deleted or re-imported.
 */
class QualityCorpusTest {

    private static final LanguageTag FR = LanguageTag.of("fr");

    @TempDir
    Path data;

    private Workbench workbench;

    @BeforeEach
    void twoDocumentsWithTheSameSentence() throws Exception {
        workbench = Workbench.open(data);
        for (String id : List.of("first", "second")) {
            Path file = data.resolve(id + ".txt");
            Files.writeString(file, "Save the file before you close it.\n", StandardCharsets.UTF_8);
            workbench.documents().importFile(file, LanguageTag.of("en"), id);
            workbench.translations().addLanguage(id, FR);
        }
    }

    private String save(String document, String target) {
        Unit unit = workbench.translations().translation(document, FR).units().get(0);
        workbench.translations().save(document, FR, new UnitEdit(unit.id(), unit.rev(), target, Status.TRANSLATED, null, null));
        return unit.id();
    }

    private List<String> consistencyFindings(String document, String unitId) {
        return workbench.quality().checkUnit(document, FR, unitId, null, null).stream().map(ReportedFinding::check)
                .filter(check -> check.startsWith("inconsistent")).toList();
    }

    @Test
    void aSaveElsewhereInTheStoreIsSeenByTheNextCheck() {
        String unit = save("second", "Enregistrez le fichier avant de le fermer.");
        assertEquals(List.of(), consistencyFindings("second", unit));
        save("first", "Sauvegardez le fichier avant de le fermer.");
        assertEquals(List.of("inconsistent-translation"), consistencyFindings("second", unit));
        save("first", "Enregistrez le fichier avant de le fermer.");
        assertEquals(List.of(), consistencyFindings("second", unit));
    }

    @Test
    void aLanguageTakenOffOrADocumentDeletedLeavesTheComparison() {
        String unit = save("second", "Enregistrez le fichier avant de le fermer.");
        save("first", "Sauvegardez le fichier avant de le fermer.");
        assertEquals(List.of("inconsistent-translation"), consistencyFindings("second", unit));
        workbench.translations().removeLanguage("first", FR);
        assertEquals(List.of(), consistencyFindings("second", unit));
        workbench.translations().addLanguage("first", FR);
        save("first", "Sauvegardez le fichier avant de le fermer.");
        assertEquals(List.of("inconsistent-translation"), consistencyFindings("second", unit));
        workbench.documents().delete("first");
        assertEquals(List.of(), consistencyFindings("second", unit));
    }
}
