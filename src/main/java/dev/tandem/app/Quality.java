package dev.tandem.app;

import dev.tandem.model.CodedText;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.Finding;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.qa.CheckContext;
import dev.tandem.qa.CheckedUnit;
import dev.tandem.qa.LanguageToolCheck;
import dev.tandem.qa.QualityChecker;
import dev.tandem.store.StoredJson;
import dev.tandem.store.DocumentStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The QA verbs: check a whole translation (the {@code qa} command, the QA panel), check one unit
 * (on save, and before confirming), ignore a finding with a reason or take the ignore back.
 */
public final class Quality {

    private final DocumentStore store;
    private final Glossaries glossaries;
    private final BiFunction<String, LanguageTag, StoredJson<IgnoredFindings>> ignores;
    private final Clock clock;
    private final LanguageToolCheck spelling = new LanguageToolCheck();
    private final QualityChecker withSpelling = new QualityChecker(spelling);
    private final QualityChecker withoutSpelling = new QualityChecker(null);
    private final Object lock = new Object();
    private final QaCorpora corpora;

    Quality(DocumentStore store, Glossaries glossaries, BiFunction<String, LanguageTag, StoredJson<IgnoredFindings>> ignores, Clock clock,
            TranslationEvents events) {
        this.store = store;
        this.corpora = new QaCorpora(store, events);
        this.glossaries = glossaries;
        this.ignores = ignores;
        this.clock = clock;
    }

    /** Every unit's findings; {@code spellingAndGrammar} false leaves LanguageTool out (faster). */
    public QaReport check(String id, LanguageTag language, boolean spellingAndGrammar) {
        Document document = target(id, language);
        Translation translation = store.translation(document.id(), language);
        CheckContext context = context(document, language);
        QualityChecker checker = spellingAndGrammar ? withSpelling : withoutSpelling;
        List<IgnoredFindings.Ignored> ignored = ignored(document.id(), language);
        Map<String, Segment> segments = document.segmentsById();
        List<QaReport.UnitReport> reports = new ArrayList<>();
        for (Unit unit : translation.units()) {
            CodedText codedSource = document.sourceCoded(unit, segments::get);
            String source = codedSource.text();
            List<ReportedFinding> findings = report(checker.check(checked(document, language, unit.id(), codedSource, unit.codedTarget(),
                    unit.status()), context), unit.id(), ignored);
            if (!findings.isEmpty()) {
                reports.add(new QaReport.UnitReport(unit.id(), source, unit.target(), unit.status(), findings));
            }
        }
        return new QaReport(document.id(), language.tag(), checker.checks(), reports,
                QaReport.totals(translation.units().size(), reports));
    }

    /**
     * One unit's findings for a target (the stored one when {@code target} is null), as saving it
     * would give. Spelling and grammar run only once LanguageTool has loaded the language (for a
     * document report or {@link #preloadSpelling}): loading takes seconds a save must not wait for.
     */
    public List<ReportedFinding> checkUnit(String id, LanguageTag language, String unitId, CodedText target, Status status) {
        Document document = target(id, language);
        Unit unit = store.translation(document.id(), language).unit(unitId)
                .orElseThrow(() -> TandemException.notFound("no unit " + unitId + " in " + id + " (" + language + ")"));
        // The glossary's word classes read the source with LanguageTool too: both must be loaded.
        LanguageTag sourceLanguage = LanguageTag.of(document.sourceLanguage());
        boolean loaded = spelling.loaded(language) && (spelling.loaded(sourceLanguage) || !LanguageToolCheck.supports(sourceLanguage));
        QualityChecker checker = loaded ? withSpelling : withoutSpelling;
        CheckedUnit checked = checked(document, language, unitId, document.sourceCoded(unit), target == null ? unit.codedTarget() : target,
                status == null ? unit.status() : status);
        return report(checker.check(checked, context(document, language)), unitId, ignored(document.id(), language));
    }

    /** Loads LanguageTool's rules for a language now, so that saves check spelling from then on. */
    public void preloadSpelling(LanguageTag language) {
        spelling.preload(language);
    }

    /** Marks a finding of a unit as ignored, with the translator's reason; it stays in reports, as ignored. */
    public IgnoredFindings.Ignored ignore(String id, LanguageTag language, String unitId, String key, String reason, String by) {
        if (key == null || key.isBlank()) {
            throw TandemException.badInput("say which finding to ignore (its key)");
        }
        if (reason == null || reason.isBlank()) {
            throw TandemException.badInput("an ignored finding needs a reason");
        }
        Document document = target(id, language);
        store.translation(document.id(), language).unit(unitId)
                .orElseThrow(() -> TandemException.notFound("no unit " + unitId + " in " + id + " (" + language + ")"));
        IgnoredFindings.Ignored added = new IgnoredFindings.Ignored(unitId, key, reason.strip(), by, clock.instant());
        synchronized (lock) {
            ignores.apply(document.id(), language).update(new IgnoredFindings(List.of()), before -> {
                List<IgnoredFindings.Ignored> kept = new ArrayList<>(before.ignored().stream()
                        .filter(entry -> !(entry.unit().equals(unitId) && entry.key().equals(key))).toList());
                kept.add(added);
                return new IgnoredFindings(kept);
            });
        }
        return added;
    }

    /** Shows an ignored finding again. */
    public void unignore(String id, LanguageTag language, String unitId, String key) {
        Document document = target(id, language);
        synchronized (lock) {
            ignores.apply(document.id(), language).update(new IgnoredFindings(List.of()), before -> {
                List<IgnoredFindings.Ignored> kept = before.ignored().stream()
                        .filter(entry -> !(entry.unit().equals(unitId) && entry.key().equals(key))).toList();
                if (kept.size() == before.ignored().size()) {
                    throw TandemException.notFound("no ignored finding " + key + " on unit " + unitId);
                }
                return new IgnoredFindings(kept);
            });
        }
    }

    private List<IgnoredFindings.Ignored> ignored(String documentId, LanguageTag language) {
        return ignores.apply(documentId, language).read().map(IgnoredFindings::ignored).orElse(List.of());
    }

    private static List<ReportedFinding> report(List<Finding> findings, String unitId, List<IgnoredFindings.Ignored> ignored) {
        return findings.stream().map(finding -> ReportedFinding.of(finding, ignored.stream()
                .filter(entry -> entry.unit().equals(unitId) && entry.key().equals(finding.key())).findFirst().orElse(null))).toList();
    }

    private static CheckedUnit checked(Document document, LanguageTag language, String unitId, CodedText source, CodedText target,
                                       Status status) {
        return new CheckedUnit(document.id(), unitId, source.text(), target.text(), status, LanguageTag.of(document.sourceLanguage()), language,
                source.codes(), target.codes());
    }

    /** The store's translations of the same pair (every document), and the glossary for this document. */
    private CheckContext context(Document document, LanguageTag language) {
        return new CheckContext(corpora.corpus(document, language), glossaries.evidence(document.id(), document.sourceLanguage(), language.tag()));
    }

    private Document target(String id, LanguageTag language) {
        Document document = store.requireDocument(DocumentId.validate(id));
        document.requireTarget(language);
        return document;
    }
}
