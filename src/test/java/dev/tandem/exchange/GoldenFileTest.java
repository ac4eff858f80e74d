package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ExportResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format on the seed article with a few translated units, compared byte for byte with the files
 * under src/test/resources/golden/exchange. The document and its translation are model records read
 * from {@code golden/exchange/model/}, not the output of extraction and segmentation, so a change
 * there cannot break these files. To update them on purpose:
 * {@code mvn -B -q test -Dtest=GoldenFileTest -Dtandem.golden.update=true}, then review the diff.
 * DOCX is a zip whose entries carry the time they were written, so it is read back instead
 * ({@link TranslatedArticleDocxTest}).
 */
class GoldenFileTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/exchange");

    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = "DOCX", mode = EnumSource.Mode.EXCLUDE)
    void exportMatchesTheGoldenFile(ExchangeFormat format) throws IOException {
        ExportResult result = new BilingualExporter("dev").export(ExchangeFixture.seedDocument(), ExchangeFixture.seedFrench(),
                format, ExportOptions.defaults(), ExchangeFixture.NOW);
        Path golden = GOLDEN.resolve(format == ExchangeFormat.XLIFF12 ? "seed.fr.xliff12.xlf" : result.fileName());
        if (Boolean.getBoolean("tandem.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, result.content());
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), new String(result.content(), StandardCharsets.UTF_8),
                "export differs from " + golden);
    }
}
