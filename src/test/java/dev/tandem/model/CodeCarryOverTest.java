package dev.tandem.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hand-made cases of how a memory match's tags become the current sentence's. */
class CodeCarryOverTest {

    private static final Pattern TOKEN = Pattern.compile("⟨(/?)([^⟨⟩/]+)(/?)⟩");

    /**
     * A text written with the editor's tokens; {@code types} names each id's type and data as
     * {@code "1=link <a href=\"…\">"} (type, then the data after a space).
     */
    private static CodedText coded(String tokened, String... types) {
        Map<String, String[]> about = new HashMap<>();
        for (String type : types) {
            String[] parts = type.split("=", 2);
            about.put(parts[0], parts[1].split(" ", 2));
        }
        StringBuilder text = new StringBuilder();
        List<InlineCode> codes = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(tokened);
        int from = 0;
        while (matcher.find()) {
            text.append(tokened, from, matcher.start());
            InlineCode.Kind kind = !matcher.group(1).isEmpty() ? InlineCode.Kind.CLOSE
                    : !matcher.group(3).isEmpty() ? InlineCode.Kind.PLACEHOLDER : InlineCode.Kind.OPEN;
            String[] typeAndData = about.getOrDefault(matcher.group(2), new String[] {"other"});
            codes.add(new InlineCode(matcher.group(2), kind, text.length(), typeAndData[0], typeAndData.length > 1 ? typeAndData[1] : ""));
            from = matcher.end();
        }
        text.append(tokened.substring(from));
        return new CodedText(text.toString(), codes);
    }

    /** The text written back with tokens, and each code's data: what the editor would show and export. */
    private static String tokened(CodedText text) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (InlineCode code : text.codes()) {
            out.append(text.text(), from, code.at());
            out.append(switch (code.kind()) {
                case OPEN -> "⟨" + code.id() + "⟩";
                case CLOSE -> "⟨/" + code.id() + "⟩";
                case PLACEHOLDER -> "⟨" + code.id() + "/⟩";
            });
            from = code.at();
        }
        return out.append(text.text().substring(from)).toString();
    }

    @Test
    void theMemorysLinkOneBecomesTheCurrentSentencesLinkThree() {
        CodedText memorySource = coded("Read ⟨1⟩the guide⟨/1⟩ first.", "1=link <a href=\"/old\">");
        CodedText memoryTarget = coded("Lisez d'abord ⟨1⟩le guide⟨/1⟩.", "1=link <a href=\"/old\">");
        CodedText current = coded("⟨1⟩Now⟨/1⟩ ⟨2⟩really⟨/2⟩ read ⟨3⟩the guide⟨/3⟩ first.",
                "1=bold <b>", "2=italic <i>", "3=link <a href=\"/new\">");

        CodedText carried = CodeCarryOver.onto(memorySource, memoryTarget, current);

        assertEquals("Lisez d'abord ⟨3⟩le guide⟨/3⟩.", tokened(carried));
        assertEquals("<a href=\"/new\">", carried.codes().get(0).data(), "the current sentence's own link, not the memory's");
        assertEquals("link", carried.codes().get(0).type());
    }

    @Test
    void aCodeOfTheMemorysTargetWithoutCounterpartIsDroppedAndItsWordsKept() {
        CodedText memorySource = coded("Press ⟨1⟩Enter⟨/1⟩ now.", "1=bold <b>");
        CodedText memoryTarget = coded("Appuyez sur ⟨1⟩Entrée⟨/1⟩ maintenant.", "1=bold <b>");
        CodedText current = coded("Press Enter now.");

        CodedText carried = CodeCarryOver.onto(memorySource, memoryTarget, current);

        assertEquals("Appuyez sur Entrée maintenant.", tokened(carried));
    }

    @Test
    void aCodeOfTheCurrentSourceThatTheMatchCannotPlaceIsLeftOutForQaToReport() {
        CodedText memorySource = coded("See ⟨1⟩the map⟨/1⟩.", "1=link <a>");
        CodedText memoryTarget = coded("Voir ⟨1⟩la carte⟨/1⟩.", "1=link <a>");
        CodedText current = coded("See ⟨1⟩the map⟨/1⟩.⟨2/⟩", "1=link <a>", "2=linebreak <br/>");

        CodedText carried = CodeCarryOver.onto(memorySource, memoryTarget, current);

        assertEquals("Voir ⟨1⟩la carte⟨/1⟩.", tokened(carried));
        assertTrue(carried.problemsAgainst(current).isEmpty(), "a line break may be left out: only QA's tag check mentions it");
    }

    @Test
    void twoLinksPairUpInTheirOrderEvenWhenTheTargetSwapsThem() {
        CodedText memorySource = coded("Read ⟨1⟩this⟨/1⟩ and ⟨2⟩that⟨/2⟩.", "1=link <a href=\"/a\">", "2=link <a href=\"/b\">");
        CodedText memoryTarget = coded("Lisez ⟨2⟩ceci⟨/2⟩ et ⟨1⟩cela⟨/1⟩.", "1=link <a href=\"/a\">", "2=link <a href=\"/b\">");
        CodedText current = coded("Read ⟨4⟩this⟨/4⟩ and ⟨7⟩that⟨/7⟩.", "4=link <a href=\"/x\">", "7=link <a href=\"/y\">");

        CodedText carried = CodeCarryOver.onto(memorySource, memoryTarget, current);

        assertEquals("Lisez ⟨7⟩ceci⟨/7⟩ et ⟨4⟩cela⟨/4⟩.", tokened(carried));
    }

    @Test
    void codesAnotherToolLeftUntypedPairByKindAndOrderAndAPlaceholderNeverStandsForAPair() {
        // an OmegaT or Okapi TMX: <bpt i="1">&lt;a0&gt;</bpt>… and <ph x="2">&lt;br0/&gt;</ph>, no type
        CodedText memorySource = coded("Read ⟨1⟩the guide⟨/1⟩⟨2/⟩ today.");
        CodedText memoryTarget = coded("Lisez ⟨1⟩le guide⟨/1⟩⟨2/⟩ aujourd'hui.");
        CodedText current = coded("Read ⟨1⟩the guide⟨/1⟩⟨2/⟩ today.", "1=link <a href=\"/g\">", "2=linebreak <br/>");

        CodedText carried = CodeCarryOver.onto(memorySource, memoryTarget, current);

        assertEquals("Lisez ⟨1⟩le guide⟨/1⟩⟨2/⟩ aujourd'hui.", tokened(carried));
        assertEquals(List.of("link", "link", "linebreak"), carried.codes().stream().map(InlineCode::type).toList());

        CodedText onlyAPair = coded("Read ⟨5⟩the guide⟨/5⟩ today.", "5=link <a>");
        assertEquals("Lisez ⟨5⟩le guide⟨/5⟩ aujourd'hui.", tokened(CodeCarryOver.onto(memorySource, memoryTarget, onlyAPair)));
    }

    @Test
    void aTargetWithoutCodesIsInsertedAsItIs() {
        CodedText memoryTarget = coded("Lisez le guide.");
        assertEquals(memoryTarget, CodeCarryOver.onto(coded("Read the guide."), memoryTarget,
                coded("Read ⟨1⟩the guide⟨/1⟩.", "1=link <a>")));
    }

    @Test
    void sourcesCarryTheSameCodesWhateverTheirIdsDataOrSpacing() {
        CodedText memory = coded("Read  ⟨1⟩the guide⟨/1⟩ !", "1=link <a href=\"/a\">");
        assertTrue(CodeCarryOver.sameCodes(memory, coded("Read ⟨3⟩the guide⟨/3⟩!", "3=link <a href=\"/b\">")));
        assertFalse(CodeCarryOver.sameCodes(memory, coded("Read the guide!")), "the link is missing");
        assertFalse(CodeCarryOver.sameCodes(memory, coded("Read ⟨1⟩the⟨/1⟩ guide!", "1=link <a>")), "the link encloses one word less");
        assertFalse(CodeCarryOver.sameCodes(memory, coded("Read ⟨1⟩the guide⟨/1⟩!", "1=bold <b>")), "bold is not a link");
        assertTrue(CodeCarryOver.sameCodes(coded("Read the guide."), coded("Read the guide.")));
        assertTrue(CodeCarryOver.sameCodes(coded("Read ⟨1⟩the guide⟨/1⟩!"), memory), "an untyped pair (another tool's) in its place");
    }
}
