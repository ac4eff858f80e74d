package dev.tandem.qa;

import static dev.tandem.qa.Checked.findings;
import static dev.tandem.qa.Checked.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.Finding;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Severity;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTagsAndStoreChecksTest {

    private final KeptTokenCheck kept = new KeptTokenCheck();
    private final TagCheck tags = new TagCheck();

    @Test
    void linksAddressesHandlesHashtagsAndCodeMustStay() {
        assertEquals(List.of("urls: The link https://tandem.dev/docs must stay as it is in the translation."),
                findings(kept, "en", "fr", "Read https://tandem.dev/docs.", "Lisez la documentation."));
        assertEquals(List.of("emails"), names(kept, "en", "de", "Write to help@tandem.dev.", "Schreiben Sie uns."));
        assertEquals(List.of("handles", "hashtags"), names(kept, "en", "ja", "Follow @tandem for #l10n news.", "ニュースをフォロー。"));
        assertEquals(List.of("code"), names(kept, "en", "fr", "Set max_width to {0}.", "Réglez la largeur sur {0}."));
        assertEquals(List.of(), names(kept, "en", "ar", "Read https://tandem.dev/docs and write to help@tandem.dev.",
                "اقرأ https://tandem.dev/docs واكتب إلى help@tandem.dev."));
    }

    @Test
    void missingExtraAndReorderedTagsAreReported() {
        assertEquals(List.of("tags: The tag </b> is missing in the translation."),
                findings(tags, "en", "fr", "A <b>bold</b> move.", "Un geste <b>audacieux."));
        assertEquals(List.of("tags: The tag <br/> is not in the source."), findings(tags, "en", "fr", "Two lines.", "Deux<br/>lignes."));
        assertEquals(List.of("tags"), names(tags, "en", "fr", "<i>red</i> <b>car</b>", "<b>voiture</b> <i>rouge</i>"));
        assertEquals(List.of(), names(tags, "en", "fr", "A <b>bold</b> move.", "Un geste <b>audacieux</b>."));
    }

    @Test
    void sameSourceTranslatedDifferentlyInTheStoreIsReported() {
        TranslationCorpus corpus = new TranslationCorpus(List.of(
                new TranslationCorpus.Entry("doc", "u7", "Save the file.", "Enregistrez le fichier."),
                new TranslationCorpus.Entry("doc", "u8", "Close the file.", "Sauvegardez le fichier.")));
        CheckContext context = new CheckContext(corpus, GlossaryEvidence.NONE);
        List<String> found = new ConsistencyCheck().check(Checked.unit("en", "fr", "Save the file.", "Sauvegardez le fichier."), context)
                .stream().map(Finding::key).toList();
        assertEquals(List.of("inconsistent-translation: The same source is translated differently elsewhere: \"Enregistrez le fichier.\".",
                "inconsistent-source: This translation is also used for a different source: \"Close the file.\"."), found);
        assertEquals(List.of(), new ConsistencyCheck().check(Checked.unit("en", "fr", "Save the file.", "Enregistrez le fichier."),
                new CheckContext(new TranslationCorpus(corpus.sameSource(Checked.unit("en", "fr", "Save the file.", "")).subList(0, 1)),
                        GlossaryEvidence.NONE)).stream().map(Finding::key).toList());
    }

    @Test
    void lengthOutlierIsJudgedAgainstTheStore() {
        List<TranslationCorpus.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add(new TranslationCorpus.Entry("doc", "u" + i, "This is a source sentence number " + i + ".",
                    "Ceci est une phrase source numéro " + i + " ici."));
        }
        CheckContext context = new CheckContext(new TranslationCorpus(entries), GlossaryEvidence.NONE);
        LengthCheck length = new LengthCheck();
        assertEquals(List.of("length"), length.check(Checked.unit("en", "fr", "This is a source sentence that is long enough.", "Oui."), context)
                .stream().map(Finding::check).toList());
        assertEquals(List.of(), length.check(Checked.unit("en", "fr", "This is a source sentence that is long enough.",
                "Ceci est une phrase source assez longue, vraiment."), context));
        // Chinese is much shorter than English: without a store to learn from, no verdict.
        assertEquals(List.of(), length.check(Checked.unit("en", "zh", "This is a source sentence that is long enough.", "这句很长。"),
                CheckContext.alone()));
    }

    @Test
    void missingGlossaryTranslationIsAWarningAndAForbiddenTermAnError() {
        GlossaryEvidence evidence = unit -> new GlossaryEvidence.Terms(
                List.of(new GlossaryEvidence.ExpectedTerm(new TextSpan(4, 8), "file", List.of("fichier"), false)),
                List.of(new GlossaryEvidence.ForbiddenTerm(new TextSpan(0, 5), "mél", "courriel")));
        List<Finding> found = new GlossaryCheck(null).check(Checked.unit("en", "fr", "The file.", "Le document."),
                new CheckContext(TranslationCorpus.empty(), evidence));
        assertEquals(List.of("glossary: The glossary translates \"file\" as \"fichier\", which is not in the translation.",
                "forbidden-term: \"mél\" is a forbidden term; the glossary says \"courriel\"."), found.stream().map(Finding::key).toList());
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), found.stream().map(Finding::severity).toList());
    }

    private List<String> codeFindings(List<InlineCode> source, String target, List<InlineCode> targetCodes) {
        CheckedUnit unit = new CheckedUnit("doc", "u1", "Read the plan now.", target, Status.TRANSLATED, LanguageTag.of("en"),
                LanguageTag.of("fr"), source, targetCodes);
        return tags.check(unit, CheckContext.alone()).stream().map(finding -> finding.severity() + " " + finding.message()).toList();
    }

    @Test
    void inlineCodesLeftOutAddedUnclosedOrReorderedAreFound() {
        InlineCode open = new InlineCode("1", InlineCode.Kind.OPEN, 9, InlineCode.LINK, "<a href=\"https://example.org\">");
        InlineCode close = new InlineCode("1", InlineCode.Kind.CLOSE, 13, InlineCode.LINK, "</a>");
        InlineCode bold = new InlineCode("2", InlineCode.Kind.PLACEHOLDER, 17, InlineCode.LINE_BREAK, "<br/>");
        List<InlineCode> source = List.of(open, close, bold);
        assertEquals(List.of(), codeFindings(source, "Lisez le plan.", List.of(open.at(9), close.at(13), bold.at(14))));
        assertEquals(List.of("ERROR The link ⟨1⟩…⟨/1⟩ is missing in the translation."),
                codeFindings(source, "Lisez le plan.", List.of(bold.at(14))));
        assertEquals(List.of("ERROR The line break ⟨2/⟩ is missing in the translation.",
                        "ERROR The link ⟨1⟩…⟨/1⟩ is opened and never closed in the translation."),
                codeFindings(source, "Lisez le plan.", List.of(open.at(9))));
        assertEquals(List.of("ERROR The tag ⟨3/⟩ is not in the source."),
                codeFindings(source, "Lisez le plan.", List.of(open.at(9), close.at(13), bold.at(14),
                        new InlineCode("3", InlineCode.Kind.PLACEHOLDER, 14, InlineCode.OTHER, "<img/>"))));
        assertEquals(List.of("WARNING The tags are in a different order than in the source; check they still enclose the right words."),
                codeFindings(source, "Lisez le plan.", List.of(bold.at(0), open.at(9), close.at(13))));
        assertEquals(List.of(), codeFindings(List.of(), "Lisez le plan.", List.of()), "a unit without codes has nothing to say");
    }
}
