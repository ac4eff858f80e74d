package dev.tandem.app;

import dev.tandem.model.Measure;
import dev.tandem.coverage.MeasureChoice;
import dev.tandem.coverage.TextCount;
import dev.tandem.coverage.TextCounter;
import dev.tandem.model.BandCounts;
import dev.tandem.model.Match;
import dev.tandem.model.MatchBand;
import dev.tandem.memory.TranslationMemory;
import dev.tandem.model.Document;
import dev.tandem.model.Segment;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysis clients are quoted by: each unit's source counted (words, or characters for
 * Chinese, Japanese, Thai… as coverage counts them) in the band of its best match. A context match
 * counts first; then a sentence already seen earlier in the same document is a repetition; then
 * the best score's band. The unit's own memory entry does not count as a match for it.
 */
final class MatchAnalysis {

    /** One document's bands. */
    record DocumentAnalysis(String document, String measure, BandCounts bands) {
    }

    private MatchAnalysis() {
    }

    static DocumentAnalysis analyze(TranslationMemory memory, Document document, Translation translation) {
        Map<String, String> texts = document.segmentTexts();
        Map<String, Segment> segments = document.segmentsById();
        List<String> sources = new ArrayList<>();
        translation.units().forEach(unit -> sources.add(unit.sourceText(texts::get)));
        Measure measure = MeasureChoice.forSource(document.sourceLanguage(), sources);
        TextCounter counter = new TextCounter(document.sourceLanguage());
        BandCounts bands = new BandCounts();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < translation.units().size(); i++) {
            Unit unit = translation.units().get(i);
            String source = sources.get(i);
            if (source.isBlank()) {
                continue;
            }
            TextCount count = counter.count(source);
            long size = count.of(measure);
            List<Match> best = memory.matches(MemoryService.query(document, translation, texts, i, MatchBand.LOW.lowest(), 1)
                    .withCodes(StoreEntries.sourceCoded(document, unit, segments).codes()).excluding(Set.of(StoreEntries.key(document.id(), translation.language(), unit.id()))));
            int score = best.isEmpty() ? 0 : best.get(0).score();
            boolean repeated = !seen.add(source.strip().replaceAll("\\s+", " "));
            MatchBand band = score >= Match.CONTEXT_SCORE ? MatchBand.CONTEXT : repeated ? MatchBand.REPETITION : MatchBand.of(score);
            bands.add(band, size);
        }
        return new DocumentAnalysis(document.id(), measure.label(), bands);
    }

    /** The bands as JSON-ready maps: per document, and the total over them. */
    static Map<String, Object> toJson(String language, List<DocumentAnalysis> analyses) {
        BandCounts total = new BandCounts();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (DocumentAnalysis analysis : analyses) {
            total.addAll(analysis.bands());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("document", analysis.document());
            entry.put("measure", analysis.measure());
            entry.put("bands", analysis.bands().toMap());
            entry.put("total", analysis.bands().totalWords());
            documents.add(entry);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("language", language);
        json.put("documents", documents);
        json.put("bands", total.toMap());
        json.put("total", total.totalWords());
        return json;
    }
}
