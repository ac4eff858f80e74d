package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tandem.TestWorkbench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who translated a pair of another tool's TMX and when, wherever the tool puts it. */
class TmxTranslatorAndDateTest {

    private final BilingualReader reader = new BilingualReader();

    @Test
    void omegatsTranslatorAndDateOnTheTargetTuvAreRead() throws Exception {
        List<ImportedUnit> units = reader.read(Files.readAllBytes(TestWorkbench.fixture("omegat-level2.tmx")), "omegat-level2.tmx",
                null, null).units();
        assertEquals("marie", units.get(0).by(), "the last change wins over the creation");
        assertEquals(Instant.parse("2024-03-12T10:15:00Z"), units.get(0).updated());
        assertEquals("paul", units.get(1).by(), "a pair never changed since: its creation");
        assertEquals(Instant.parse("2024-03-02T14:30:00Z"), units.get(1).updated());
    }

    @Test
    void theTargetTuvWinsOverTheTuAndTheTuIsUsedWhenTheTuvIsSilent() {
        String tmx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4">
                  <header creationtool="Rainbow" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
                  <body>
                    <tu tuid="1" changeid="project-manager" changedate="20230105T080000Z">
                      <tuv xml:lang="en" changeid="source-editor" changedate="20220101T000000Z"><seg>One.</seg></tuv>
                      <tuv xml:lang="fr" changeid="ines" changedate="20230104T171200Z"><seg>Un.</seg></tuv>
                    </tu>
                    <tu tuid="2" creationid="jo" creationdate="20211130T120000Z" changeid="kim" changedate="20220302T093000Z">
                      <tuv xml:lang="en"><seg>Two.</seg></tuv>
                      <tuv xml:lang="fr"><seg>Deux.</seg></tuv>
                    </tu>
                    <tu tuid="3" creationdate="last spring">
                      <tuv xml:lang="en"><seg>Three.</seg></tuv>
                      <tuv xml:lang="fr" creationdate="2021-06-01T08:30:00Z"><seg>Trois.</seg></tuv>
                    </tu>
                    <tu tuid="4" changedate="not a date">
                      <tuv xml:lang="en"><seg>Four.</seg></tuv>
                      <tuv xml:lang="fr"><seg>Quatre.</seg></tuv>
                    </tu>
                  </body>
                </tmx>
                """;
        List<ImportedUnit> units = reader.read(tmx.getBytes(StandardCharsets.UTF_8), "rainbow.tmx", null, null).units();
        assertEquals("ines", units.get(0).by(), "the target tuv's, not the source tuv's nor the tu's");
        assertEquals(Instant.parse("2023-01-04T17:12:00Z"), units.get(0).updated());
        assertEquals("kim", units.get(1).by(), "on the tu, the change wins over the creation");
        assertEquals(Instant.parse("2022-03-02T09:30:00Z"), units.get(1).updated());
        assertEquals(Instant.parse("2021-06-01T08:30:00Z"), units.get(2).updated(), "an ISO 8601 date is read too");
        assertNull(units.get(3).updated(), "a date that is not one is left out, the pair is kept");
        assertEquals("Quatre.", units.get(3).target());
    }
}
