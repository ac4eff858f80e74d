package dev.tandem.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of {@link EntryPointBenchmark}: the plain Java program a developer writes to print
 * the sentences of a UTF-8 file with ICU4J, one a line. {@code java … PlainIcuSegmentation FILE LANG}.
 */
public final class PlainIcuSegmentation {

    private PlainIcuSegmentation() {
    }

    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(args[1]));
        sentences.setText(text);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
                String sentence = text.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    out.write(sentence);
                    out.write('\n');
                }
            }
        }
    }
}
