package dev.tandem.cli;

import dev.tandem.app.Pipeline;
import dev.tandem.app.SentenceAlignment;
import dev.tandem.model.BeadLink;
import dev.tandem.model.LanguageTag;
import dev.tandem.web.JsonBodies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Align a translation to its source, sentence by sentence.",
                "Prints one bead a line, [i, j]:[k] with 0-based sentence numbers ([] for a sentence without counterpart)."})
final class AlignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SRC", description = "The source file.")
    Path source;

    @Parameters(index = "1", paramLabel = "TGT", description = "The translation.")
    Path target;

    @Option(names = "--from", required = true, paramLabel = "xx", description = "Source language (BCP 47).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "yy", description = "Target language (BCP 47).")
    String to;

    @Option(names = "--presegmented", description = "Both files are UTF-8 text with one sentence a line; no extraction.")
    boolean presegmented;

    @Option(names = "--json", description = "Print JSON: each bead with its sentence numbers, texts and confidence.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        LanguageTag fromTag = LanguageTag.of(from);
        LanguageTag toTag = LanguageTag.of(to);
        Pipeline pipeline = Pipeline.standard(null);
        SentenceAlignment alignment = pipeline.align(sentences(pipeline, source, fromTag), sentences(pipeline, target, toTag),
                fromTag, toTag);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(jsonOf(alignment));
        } else {
            out.print(alignment.beadLines());
        }
        out.flush();
        return 0;
    }

    private List<String> sentences(Pipeline pipeline, Path file, LanguageTag language) throws IOException {
        byte[] content = TextInput.bytes(file);
        if (!presegmented) {
            return pipeline.sentences(content, file.getFileName().toString(), language);
        }
        String text = TextInput.utf8(content, file.toString());
        // Line numbers are sentence numbers, so only a final newline is dropped, never a line.
        return text.lines().toList();
    }

    private static String jsonOf(SentenceAlignment alignment) {
        List<BeadJson> beads = alignment.beads().stream()
                .map(bead -> beadJson(bead, alignment.source(), alignment.target())).toList();
        return JsonBodies.create().pretty(beads);
    }

    /** One bead in {@code --json} output; a record keeps the keys in this order. */
    record BeadJson(List<Integer> source, List<Integer> target, List<String> sourceText, List<String> targetText,
                    double confidence) {
    }

    private static BeadJson beadJson(BeadLink bead, List<String> source, List<String> target) {
        return new BeadJson(range(bead.sourceStart(), bead.sourceEnd()), range(bead.targetStart(), bead.targetEnd()),
                source.subList(bead.sourceStart(), bead.sourceEnd()), target.subList(bead.targetStart(), bead.targetEnd()),
                Math.round(bead.confidence() * 1000) / 1000.0);
    }

    private static List<Integer> range(int start, int end) {
        return java.util.stream.IntStream.range(start, end).boxed().toList();
    }
}
