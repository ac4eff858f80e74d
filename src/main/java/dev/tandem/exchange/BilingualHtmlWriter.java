package dev.tandem.exchange;

import java.io.OutputStream;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * A side-by-side table for review or printing. Written with an XML writer (polyglot HTML), so every
 * piece of user text is escaped; it carries no script and loads nothing.
 */
final class BilingualHtmlWriter {

    private static final String STYLE = String.join("\n",
            "body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d2430; }",
            "table { border-collapse: collapse; width: 100%; table-layout: fixed; }",
            "col.number { width: 3rem; } col.status { width: 9rem; }",
            "th, td { border: 1px solid #c8ced8; padding: .4rem .6rem; vertical-align: top; text-align: start; white-space: pre-wrap; }",
            "th { background: #f0f2f5; }",
            "td.number, td.status { color: #5b6575; white-space: nowrap; }",
            "td.missing { background: #fff7e6; }",
            "p.note { margin: .3rem 0 0; font-size: .85rem; color: #5b6575; }",
            "@media print { body { margin: 0; } tr { break-inside: avoid; } }");

    void write(ExportContext context, OutputStream out) throws XMLStreamException {
        String title = (context.document().title() == null ? context.document().id() : context.document().title())
                + " (" + context.sourceLanguage() + " → " + context.targetLanguage() + ")";
        try (XmlOutput html = new XmlOutput(out)) {
            html.raw().writeDTD("<!DOCTYPE html>\n");
            html.start(-1, "html").attribute("lang", context.targetLanguage());
            html.start(0, "head");
            html.empty(1, "meta").attribute("charset", "utf-8");
            html.element(1, "title", title);
            html.element(1, "style", STYLE);
            html.end(0);
            html.start(0, "body");
            html.element(1, "h1", title);
            html.start(1, "table");
            html.start(2, "colgroup");
            html.empty(3, "col").attribute("class", "number");
            html.empty(3, "col").attribute("class", "text");
            html.empty(3, "col").attribute("class", "text");
            html.empty(3, "col").attribute("class", "status");
            html.end(2);
            html.start(2, "thead").start(3, "tr");
            html.element(4, "th", "#").element(4, "th", context.sourceLanguage()).element(4, "th", context.targetLanguage())
                    .element(4, "th", "Status");
            html.end(3).end(2);
            html.start(2, "tbody");
            int number = 0;
            for (BilingualUnit unit : context.units()) {
                writeRow(html, context, unit, ++number);
            }
            html.end(2).end(1).end(0).end(-1);
        }
    }

    private static void writeRow(XmlOutput html, ExportContext context, BilingualUnit unit, int number) throws XMLStreamException {
        html.start(3, "tr").attribute("id", unit.id());
        html.start(4, "td").attribute("class", "number").text(Integer.toString(number)).endInline();
        html.start(4, "td").attribute("lang", context.sourceLanguage()).attribute("dir", "auto").text(unit.source()).endInline();
        html.start(4, "td").attribute("lang", context.targetLanguage()).attribute("dir", "auto")
                .attribute("class", unit.hasTarget() ? null : "missing");
        html.text(unit.target());
        if (unit.hasNote()) {
            html.start(-1, "p").attribute("class", "note").text("Note: " + unit.note()).endInline();
        }
        html.endInline();
        String status = unit.status().name().toLowerCase(Locale.ROOT) + (unit.sourceChanged() ? " · source changed" : "")
                + (unit.aligned() ? " · aligned, not reviewed" : "");
        html.start(4, "td").attribute("class", "status").text(status).endInline();
        html.end(3);
    }
}
