package dev.tandem.segment;

import dev.tandem.model.SegmentationRules.BreakRule;
import dev.tandem.model.SegmentationRules.LanguageMap;
import dev.tandem.model.SegmentationRules.LanguageRules;
import dev.tandem.model.SegmentationRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes rules as an SRX 2.0 document (namespace {@code http://www.lisa.org/srx20}) that OmegaT and Okapi open. */
public final class SrxWriter {

    public String write(SegmentationRules rules) {
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">\n")
                .append("  <header segmentsubflows=\"yes\" cascade=\"").append(rules.cascade() ? "yes" : "no").append("\">\n")
                .append("    <formathandle type=\"start\" include=\"no\"/>\n")
                .append("    <formathandle type=\"end\" include=\"yes\"/>\n")
                .append("    <formathandle type=\"isolated\" include=\"yes\"/>\n")
                .append("  </header>\n")
                .append("  <body>\n")
                .append("    <languagerules>\n");
        for (LanguageRules set : rules.languageRules()) {
            xml.append("      <languagerule languagerulename=\"").append(escape(set.name())).append("\">\n");
            for (BreakRule rule : set.rules()) {
                xml.append("        <rule break=\"").append(rule.isBreak() ? "yes" : "no").append("\">\n");
                xml.append("          <beforebreak>").append(escape(rule.beforeBreak())).append("</beforebreak>\n");
                xml.append("          <afterbreak>").append(escape(rule.afterBreak())).append("</afterbreak>\n");
                xml.append("        </rule>\n");
            }
            xml.append("      </languagerule>\n");
        }
        xml.append("    </languagerules>\n")
                .append("    <maprules>\n");
        for (LanguageMap map : rules.languageMaps()) {
            xml.append("      <languagemap languagepattern=\"").append(escape(map.languagePattern()))
                    .append("\" languagerulename=\"").append(escape(map.languageRulesName())).append("\"/>\n");
        }
        xml.append("    </maprules>\n")
                .append("  </body>\n")
                .append("</srx>\n");
        return xml.toString();
    }

    public void write(SegmentationRules rules, Path file) {
        try {
            Files.writeString(file, write(rules), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
