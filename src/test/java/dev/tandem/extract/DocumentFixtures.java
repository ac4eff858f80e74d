package dev.tandem.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small documents of each format, written in the test so nothing opaque is checked in. */
final class DocumentFixtures {

    private DocumentFixtures() {
    }

    /** A PDF with one page per entry; each page's lines are drawn top to bottom. */
    static byte[] pdf(List<List<String>> pages, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 740;
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            content.beginText();
                            content.setFont(font, 11);
                            content.newLineAtOffset(72, y);
                            content.showText(line);
                            content.endText();
                        }
                        y -= line.isEmpty() ? 10 : 14;
                    }
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A DOCX: entries starting with "# " become Heading 1 paragraphs, the rest body paragraphs. */
    static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                var paragraph = document.createParagraph();
                if (text.startsWith("# ")) {
                    paragraph.setStyle("Heading1");
                    paragraph.createRun().setText(text.substring(2));
                } else {
                    paragraph.createRun().setText(text);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] odt(String bodyXml) throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:text>%s</office:text></office:body>
                </office:document-content>
                """.formatted(bodyXml);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                  <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        return zip("application/vnd.oasis.opendocument.text",
                List.of(new String[] {"content.xml", content}, new String[] {"META-INF/manifest.xml", manifest}));
    }

    /** An EPUB whose spine lists the chapters in the given order. */
    static byte[] epub(List<String> chapterBodies) throws IOException {
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        List<String[]> entries = new java.util.ArrayList<>();
        entries.add(new String[] {"META-INF/container.xml", """
                <?xml version="1.0"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """});
        for (int i = 0; i < chapterBodies.size(); i++) {
            String id = "chapter" + (i + 1);
            manifest.append("<item id=\"%s\" href=\"%s.xhtml\" media-type=\"application/xhtml+xml\"/>".formatted(id, id));
            spine.append("<itemref idref=\"%s\"/>".formatted(id));
            entries.add(new String[] {"OEBPS/" + id + ".xhtml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title></head><body>%s</body></html>
                    """.formatted(id, chapterBodies.get(i))});
        }
        entries.add(1, new String[] {"OEBPS/content.opf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>A Test Book</dc:title>
                    <dc:language>en</dc:language><dc:identifier id="id">test-book</dc:identifier></metadata>
                  <manifest>%s</manifest>
                  <spine>%s</spine>
                </package>
                """.formatted(manifest, spine)});
        return zip("application/epub+zip", entries);
    }

    /** A zip with an uncompressed "mimetype" first entry, as ODF and EPUB require. */
    static byte[] zip(String mimeType, List<String[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimeEntry = new ZipEntry("mimetype");
            mimeEntry.setMethod(ZipEntry.STORED);
            mimeEntry.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimeEntry.setCrc(crc.getValue());
            zip.putNextEntry(mimeEntry);
            zip.write(mime);
            zip.closeEntry();
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].strip().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
