package dev.tandem.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.SearchOptions;
import dev.tandem.model.TandemException;
import dev.tandem.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    private static List<String> found(String query, SearchOptions options, String text) {
        return new TextSearch(query, options, "fr").find(text).stream().map(span -> span.of(text)).toList();
    }

    private static List<String> found(String query, String text) {
        return found(query, SearchOptions.defaults(), text);
    }

    @Test
    void accentsAndCaseDoNotCountByDefault() {
        assertEquals(List.of("Corée"), found("coree", "La Corée du Nord"));
        assertEquals(List.of("CORÉE", "corée"), found("Corée", "CORÉE et corée"));
    }

    @Test
    void anyApostropheFindsAnyApostrophe() {
        assertEquals(List.of("d’année"), found("d'année", "d’année en année"));
        assertEquals(List.of("l'été"), found("l’été", "Pendant l'été"));
    }

    @Test
    void runsOfSpacesFold() {
        assertEquals(List.of("Kim   Jong-Un"), found("kim jong-un", "Le dirigeant Kim   Jong-Un arrive"));
        assertEquals(List.of("fête du Soleil"), found("fête  du soleil", "la fête du Soleil"));
    }

    @Test
    void matchCaseMakesCaseCountButNotAccents() {
        SearchOptions matchCase = new SearchOptions(true, false, false);
        assertEquals(List.of("Corée"), found("Coree", matchCase, "Corée et corée"));
    }

    @Test
    void wholeWordSkipsPartsOfWords() {
        SearchOptions words = new SearchOptions(false, true, false);
        assertEquals(List.of("an"), found("an", words, "un an, des années"));
        assertEquals(List.of("an", "an"), found("an", "un an, des années"));
    }

    @Test
    void regularExpressionsMatchTheTextAsItIsAndReplaceWithGroups() {
        SearchOptions regex = new SearchOptions(false, false, true);
        assertEquals(List.of("10 septembre"), found("\\d+ sept\\w+", regex, "Le 10 septembre"));
        assertEquals("Le septembre 10", new TextSearch("(\\d+) (sept\\w+)", regex, "fr").replace("Le 10 septembre", "$2 $1"));
        assertThrows(TandemException.class, () -> new TextSearch("(unclosed", regex, "fr"));
    }

    @Test
    void replacementIsLiteralWithoutRegularExpressions() {
        assertEquals("La Korea du Nord et la Korea du Sud",
                new TextSearch("coree", SearchOptions.defaults(), "fr").replace("La Corée du Nord et la CORÉE du Sud", "Korea"));
        assertEquals("a $1 b", new TextSearch("x", SearchOptions.defaults(), "fr").replace("a x b", "$1"));
    }

    @Test
    void replacingInATargetWithALinkKeepsTheLinkAroundTheWordsItEnclosed() {
        // "Lisez le [plan] de la Corée." with a link around "plan" and a line break at the end
        CodedText target = new CodedText("Lisez le plan de la Corée.", List.of(
                new InlineCode("1", InlineCode.Kind.OPEN, 9, InlineCode.LINK, "<a href=\"https://example.org\">"),
                new InlineCode("1", InlineCode.Kind.CLOSE, 13, InlineCode.LINK, "</a>"),
                new InlineCode("2", InlineCode.Kind.PLACEHOLDER, 26, InlineCode.LINE_BREAK, "<br/>")));
        CodedText replaced = new TextSearch("coree", SearchOptions.defaults(), "fr").replace(target, "Corée du Sud");
        assertEquals("Lisez le plan de la Corée du Sud.", replaced.text());
        assertEquals(List.of(9, 13, 33), replaced.codes().stream().map(InlineCode::at).toList());

        CodedText renamed = new TextSearch("plan", SearchOptions.defaults(), "fr").replace(target, "programme");
        assertEquals("programme", renamed.text().substring(renamed.codes().get(0).at(), renamed.codes().get(1).at()),
                "the link still encloses the replaced word");
        CodedText grouped = new TextSearch("(plan) (de)", new SearchOptions(false, false, true), "fr").replace(target, "$2 $1");
        assertEquals("Lisez le de plan la Corée.", grouped.text());
        assertEquals(List.of(9, 16, 26), grouped.codes().stream().map(InlineCode::at).toList());
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        assertEquals(List.of(new TextSpan(3, 8)), new TextSearch("coree", SearchOptions.defaults(), "fr").find("La Corée"));
    }
}
