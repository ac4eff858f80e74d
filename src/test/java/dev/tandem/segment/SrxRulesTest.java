package dev.tandem.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.SegmentationRules;
import dev.tandem.model.TandemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SrxRulesTest {

    /** As OmegaT writes it: SRX 2.0 namespace, one rule set for English, a catch-all default. */
    private static final String OMEGAT_STYLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <srx xmlns="http://www.lisa.org/srx20" version="2.0">
              <header segmentsubflows="yes" cascade="yes">
                <formathandle type="start" include="no"/>
              </header>
              <body>
                <languagerules>
                  <languagerule languagerulename="English">
                    <rule break="no">
                      <beforebreak>\\bAcme\\s+Kft\\.</beforebreak>
                      <afterbreak>\\s</afterbreak>
                    </rule>
                    <rule break="yes">
                      <beforebreak>;</beforebreak>
                      <afterbreak>\\s</afterbreak>
                    </rule>
                  </languagerule>
                  <languagerule languagerulename="Default">
                    <rule break="no">
                      <beforebreak>\\bAbt\\.</beforebreak>
                      <afterbreak>\\s</afterbreak>
                    </rule>
                  </languagerule>
                </languagerules>
                <maprules>
                  <languagemap languagepattern="EN.*" languagerulename="English"/>
                  <languagemap languagepattern=".*" languagerulename="Default"/>
                </maprules>
              </body>
            </srx>
            """;

    private static final String TEXT = "He works at Acme Kft. Microsoft bought it; then it closed. The Abt. Head left.";

    @Test
    void srxNoBreakRuleOverridesBuiltInBreak() {
        assertEquals(List.of("He works at Acme Kft.", "Microsoft bought it; then it closed.", "The Abt.", "Head left."),
                Sentences.of(TEXT, "en"), "built-in rules alone");
        SentenceSegmenter custom = new SentenceSegmenter(new SrxReader().parse(OMEGAT_STYLE));
        assertEquals(List.of("He works at Acme Kft. Microsoft bought it;", "then it closed.", "The Abt. Head left."),
                Sentences.of(custom, TEXT, "en-GB"));
    }

    @Test
    void srxRulesApplyOnlyToMappedLanguages() {
        SentenceSegmenter custom = new SentenceSegmenter(new SrxReader().parse(OMEGAT_STYLE));
        assertEquals(List.of("He works at Acme Kft.", "Microsoft bought it; then it closed.", "The Abt. Head left."),
                Sentences.of(custom, TEXT, "fr"));
    }

    @Test
    void writtenSrxReadsBackToSameBehaviour(@TempDir Path dir) throws Exception {
        SegmentationRules rules = new SrxReader().parse(OMEGAT_STYLE);
        Path file = dir.resolve("rules.srx");
        new SrxWriter().write(rules, file);
        SegmentationRules reread = new SrxReader().read(file);
        assertEquals(rules, reread);
        assertEquals(Sentences.of(new SentenceSegmenter(rules), TEXT, "en"), Sentences.of(new SentenceSegmenter(reread), TEXT, "en"));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("<languagemap languagepattern=\"EN.*\""));
    }

    @Test
    void cascadeOffAppliesOnlyTheFirstMatchingRuleSet() {
        SegmentationRules rules = new SrxReader().parse(OMEGAT_STYLE.replace("cascade=\"yes\"", "cascade=\"no\""));
        assertEquals(2, rules.rulesFor("en-US").size());
        assertEquals(1, rules.rulesFor("de").size());
        assertEquals(3, new SrxReader().parse(OMEGAT_STYLE).rulesFor("en_US").size());
    }

    @Test
    void okapiStyleSrxWithExtensionsReads() {
        String okapi = """
                <?xml version="1.0" encoding="UTF-8"?>
                <srx xmlns="http://www.lisa.org/srx20" xmlns:okpsrx="http://okapi.sf.net/srx-extensions" version="2.0">
                <header segmentsubflows="yes" cascade="no">
                <formathandle type="start" include="no"></formathandle>
                <okpsrx:options oneSegmentIncludesAll="no" trimLeadingWhitespaces="yes"></okpsrx:options>
                </header>
                <body><languagerules><languagerule languagerulename="default">
                <rule break="yes"><beforebreak>[\\.!?…]['»"”\\)\\]\\}]?\\u0020</beforebreak><afterbreak></afterbreak></rule>
                </languagerule></languagerules>
                <maprules><languagemap languagepattern=".*" languagerulename="default"></languagemap></maprules>
                </body></srx>
                """;
        SegmentationRules rules = new SrxReader().parse(okapi);
        assertEquals(1, rules.rulesFor("ja").size());
        // The SRX break rule wins over the built-in title rule.
        assertEquals(List.of("Ask Dr.", "Who."), Sentences.of(new SentenceSegmenter(rules), "Ask Dr. Who.", "en"));
    }

    @Test
    void effectiveRulesAreValidSrxForOtherTools() {
        SentenceSegmenter segmenter = new SentenceSegmenter(new SrxReader().parse(OMEGAT_STYLE));
        String srx = new SrxWriter().write(segmenter.effectiveRules());
        SegmentationRules reread = new SrxReader().parse(srx);
        assertEquals(segmenter.effectiveRules(), reread);
        assertEquals("English", reread.languageRules().get(0).name());
        assertTrue(reread.languageRules().stream().anyMatch(set -> set.name().equals("Tandem de")));
        // Read by a plain SRX engine (this one, with nothing built in), the German rules keep "Dr." whole.
        SrxRuleMatcher plainSrx = new SrxRuleMatcher(reread.rulesFor("de"));
        String german = "Er rief Dr. Müller an. Er kam.";
        assertEquals(Boolean.FALSE, plainSrx.decide(german, german.indexOf("Müller")));
        assertEquals(Boolean.TRUE, plainSrx.decide(german, german.indexOf("Er kam")));
    }

    @Test
    void srxWithDoctypeIsRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE srx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <srx xmlns="http://www.lisa.org/srx20" version="2.0"><body>&xxe;</body></srx>
                """;
        TandemException refused = assertThrows(TandemException.class, () -> new SrxReader().parse(xxe));
        assertEquals(TandemException.Kind.BAD_INPUT, refused.kind());
    }

    @Test
    void malformedSrxIsBadInput() {
        assertEquals(TandemException.Kind.BAD_INPUT,
                assertThrows(TandemException.class, () -> new SrxReader().parse("<srx><body>")).kind());
        assertEquals(TandemException.Kind.BAD_INPUT,
                assertThrows(TandemException.class, () -> new SrxReader().parse("<tmx version=\"1.4\"/>")).kind());
    }

    @Test
    void invalidRegularExpressionIsBadInputNamingTheRule() {
        String broken = OMEGAT_STYLE.replace("\\bAbt\\.", "(Dept");
        TandemException error = assertThrows(TandemException.class, () -> new SrxReader().parse(broken));
        assertTrue(error.getMessage().contains("\"Default\""), error.getMessage());
    }

    @Test
    void missingSrxFileIsNotFound(@TempDir Path dir) {
        assertEquals(TandemException.Kind.NOT_FOUND,
                assertThrows(TandemException.class, () -> new SrxReader().read(dir.resolve("none.srx"))).kind());
    }
}
