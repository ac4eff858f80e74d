package dev.tandem.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.InlineCode.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodedTextTest {

    private static final InlineCode OPEN_LINK = new InlineCode("1", Kind.OPEN, 0, InlineCode.LINK, "<a href=\"https://example.org/\">");
    private static final InlineCode CLOSE_LINK = new InlineCode("1", Kind.CLOSE, 0, InlineCode.LINK, "</a>");
    private static final InlineCode BREAK = new InlineCode("2", Kind.PLACEHOLDER, 0, InlineCode.LINE_BREAK, "<br/>");

    @Test
    void markersBecomeOffsetsInThePlainTextAndTheSpacesTheyLeaveAreFolded() {
        CodedText coded = CodedText.fromMarked("\uFDD0 Read \uFDD0the report\uFDD0 now\uFDD0 ",
                List.of(BREAK, OPEN_LINK, CLOSE_LINK, BREAK.withId("3")));

        assertEquals("Read the report now", coded.text());
        assertEquals(List.of(0, 5, 15, 19), coded.codes().stream().map(InlineCode::at).toList());
        assertEquals("\uFDD0Read \uFDD0the report\uFDD0 now\uFDD0", coded.marked());
    }

    @Test
    void aTextWithoutMarkersIsUnchanged() {
        assertEquals(CodedText.plain("Plain text."), CodedText.fromMarked("Plain text.", List.of()));
    }

    @Test
    void codesOutOfOrderOrPastTheEndAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CodedText("abc", List.of(OPEN_LINK.at(2), CLOSE_LINK.at(1))));
        assertThrows(IllegalArgumentException.class, () -> new CodedText("abc", List.of(BREAK.at(4))));
    }

    @Test
    void joiningSentencesShiftsTheSecondOnesCodesAndRenumbersThemAcrossTheUnit() {
        CodedText first = new CodedText("One.", List.of(OPEN_LINK.at(0), CLOSE_LINK.at(3)));
        CodedText second = new CodedText("Two.", List.of(OPEN_LINK.at(0), CLOSE_LINK.at(3)));

        CodedText unit = first.append(" ", second).renumbered();

        assertEquals("One. Two.", unit.text());
        assertEquals(List.of("1", "1", "2", "2"), unit.codes().stream().map(InlineCode::id).toList());
        assertEquals(List.of(0, 3, 5, 8), unit.codes().stream().map(InlineCode::at).toList());
    }

    @Test
    void aTargetThatOpensALinkAndNeverClosesItIsNotWellFormed() {
        CodedText source = new CodedText("Read the report.", List.of(OPEN_LINK.at(5), CLOSE_LINK.at(15)));
        CodedText target = new CodedText("Lisez le rapport.", List.of(OPEN_LINK.at(6)));

        assertEquals(List.of("code 1 is opened and not closed"), target.problemsAgainst(source));
        assertTrue(new CodedText("Lisez le rapport.", List.of(OPEN_LINK.at(6), CLOSE_LINK.at(16))).problemsAgainst(source).isEmpty());
    }

    @Test
    void aCodeTheSourceDoesNotHaveOrOneUsedTwiceIsAProblem() {
        CodedText source = new CodedText("Line one line two", List.of(BREAK.at(8)));
        List<String> problems = new CodedText("a b", List.of(BREAK.at(1), BREAK.at(2), OPEN_LINK.at(3))).problemsAgainst(source);

        assertTrue(problems.contains("code 2 is used twice"), problems.toString());
        assertTrue(problems.contains("code 1 is not in the source"), problems.toString());
    }
}
