package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.app.Workbench;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.ImportReport;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hostile or broken file is refused with one line saying why, and nothing is written. */
class HostileInputTest {

    private static final String TMX_BODY = "<tmx version=\"1.4\"><header srclang=\"en\" creationtool=\"x\" creationtoolversion=\"1\""
            + " segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"en\">"
            + "<seg>North Korea is increasing its military power year by year.</seg></tuv><tuv xml:lang=\"fr\"><seg>%s</seg></tuv>"
            + "</tu></body></tmx>";

    @TempDir
    Path data;

    private Workbench workbench;
    private byte[] frenchBefore;

    @BeforeEach
    void seed() throws IOException {
        workbench = ExchangeFixture.seededWithFrench(data);
        frenchBefore = Files.readAllBytes(data.resolve("seed/fr.json"));
    }

    static Stream<Arguments> hostileFiles() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + TMX_BODY.formatted("&lol3;");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + TMX_BODY.formatted("&xxe;");
        String parameterEntity = "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %remote;]>"
                + TMX_BODY.formatted("x");
        String externalDtdEntity = "<?xml version=\"1.0\"?><!DOCTYPE tmx SYSTEM \"http://127.0.0.1:9/evil.dtd\">" + TMX_BODY.formatted("&evil;");
        return Stream.of(
                Arguments.of("malformed.tmx", bytes("<tmx version=\"1.4\"><header srclang=\"en\"></tmx>"), "not well-formed XML"),
                Arguments.of("truncated.xlf", bytes("<?xml version=\"1.0\"?><xliff version=\"2.1\" srcLang=\"en\">"), "not well-formed XML"),
                Arguments.of("page.xlf", bytes("<html><body>not xliff</body></html>"), "root element is <html>"),
                Arguments.of("xxe.tmx", bytes(xxe), "DOCTYPE declares entities"),
                Arguments.of("laughs.tmx", bytes(laughs), "DOCTYPE declares entities"),
                Arguments.of("parameter.tmx", bytes(parameterEntity), "DOCTYPE declares entities"),
                Arguments.of("external.tmx", bytes(externalDtdEntity), "entity"),
                Arguments.of("german-source.xlf", bytes("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\""
                        + " srcLang=\"de\" trgLang=\"fr\"><file id=\"f\"><unit id=\"u\"><segment><source>Hallo</source>"
                        + "<target>Bonjour</target></segment></unit></file></xliff>"), "source language is de"),
                Arguments.of("spanish.xlf", bytes("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file"
                        + " original=\"x\" datatype=\"plaintext\" source-language=\"en\" target-language=\"es\"><body>"
                        + "<trans-unit id=\"u\"><source>Hi</source><target>Hola</target></trans-unit></body></file></xliff>"),
                        "translates into es"),
                Arguments.of("german.tmx", bytes(TMX_BODY.replace("xml:lang=\"fr\"", "xml:lang=\"de\"").formatted("Hallo")),
                        "translates into de"),
                Arguments.of("future.xlf", bytes("<xliff version=\"3.0\"/>"), "XLIFF version '3.0' is not supported"),
                Arguments.of("latin1.csv", "id,source,target\r\nx,Café,Café crème\r\n".getBytes(StandardCharsets.ISO_8859_1), "not UTF-8"),
                Arguments.of("columns.csv", bytes("a,b\r\n1,2\r\n"), "must name the columns source and target"),
                Arguments.of("quote.csv", bytes("source,target\r\n\"unclosed,x\r\n"), "malformed CSV"),
                Arguments.of("article.docx", bytes("PK"), "not a bilingual file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void hostileFileIsRefusedInOneLineAndNothingIsWritten(String name, byte[] content, String expected) throws IOException {
        TandemException error = assertThrows(TandemException.class, () -> workbench.exchange().importBilingual("seed",
                ExchangeFixture.FRENCH, content, name, ImportOptions.defaults()));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
        assertTrue(error.getMessage().startsWith(name + ": "), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), "one line: " + error.getMessage());
        assertFalse(error.getMessage().contains("root:"), "no file contents leak: " + error.getMessage());
        assertArrayEquals(frenchBefore, Files.readAllBytes(data.resolve("seed/fr.json")));
    }

    @Test
    void hostileFileForANewLanguageCreatesNoFile() {
        assertThrows(TandemException.class, () -> workbench.exchange().importBilingual("seed", dev.tandem.model.LanguageTag.of("de"),
                bytes("<tmx"), "broken.tmx", ImportOptions.defaults()));
        assertFalse(Files.exists(data.resolve("seed/de.json")));
    }

    @Test
    void plainDoctypeAsCatToolsWriteItIsAccepted() {
        String tmx = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n" + TMX_BODY.formatted("La Corée du Nord s'arme.");
        ImportReport report = workbench.exchange().importBilingual("seed", ExchangeFixture.FRENCH, bytes(tmx), "omegat.tmx", ImportOptions.defaults());
        assertEquals(1, report.filled(), report.summary());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
