package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every cell reads back to exactly what was written, however many braces and backslashes it holds. */
class CellPlaceholdersTest {

    private static final List<String> NASTY = List.of("", "{", "}", "{}", "{1}", "{/1}", "{1/}", "\\", "\\\\", "\\{1}", "\\\\{1}",
            "\\\\\\{/2}", "{{1}}", "{1", "1}", "{a}", "{0} and {name}", "C:\\dir\\", "{12/}x", "\\{", "{/}", "{/1/}", "a\\\\\\");

    @Test
    void anyCellATranslatorTypesIsReadAndWrittenBackUnchanged() {
        for (String first : NASTY) {
            for (String second : NASTY) {
                String cell = first + "x" + second;
                assertEquals(cell, CellPlaceholders.written(CellPlaceholders.read(cell)), cell);
            }
        }
    }

    @Test
    void anyTextWithCodesBetweenItsPiecesComesBackWithTheSameTextAndCodes() {
        for (String first : NASTY) {
            for (String second : NASTY) {
                String text = first + second + "·";
                List<InlineCode> codes = List.of(new InlineCode("1", Kind.OPEN, first.length(), null, ""),
                        new InlineCode("1", Kind.CLOSE, first.length() + second.length(), null, ""),
                        new InlineCode("2", Kind.PLACEHOLDER, text.length(), null, ""));
                CodedText coded = new CodedText(text, codes);
                String cell = CellPlaceholders.write(coded, Map.of("1", "1", "2", "2"));
                assertEquals(coded, CellPlaceholders.read(cell), cell);
            }
        }
    }

    @Test
    void placeholdersAreNumberedInTheOrderTheSourceCodesFirstAppear() {
        CodedText source = new CodedText("Read the plan now.", List.of(new InlineCode("7", Kind.OPEN, 9, "link", "<a>"),
                new InlineCode("7", Kind.CLOSE, 13, "link", "</a>"), new InlineCode("3", Kind.PLACEHOLDER, 17, "linebreak", "<br/>")));
        assertEquals("Read the {1}plan{/1} now{2/}.", CellPlaceholders.write(source, CellPlaceholders.numbering(source)));
    }
}
