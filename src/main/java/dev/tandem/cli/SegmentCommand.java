package dev.tandem.cli;

import dev.tandem.app.Pipeline;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TextSpan;
import dev.tandem.web.JsonBodies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Split UTF-8 text into sentences, one per line.")
final class SegmentCommand implements Callable<Integer> {

    /** A line break with the spaces around it ({@code \R} is any Unicode line break). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final int CHUNK = 1 << 16;
    /** About how much text one part of a long text holds (see {@link #printWhileSegmenting}). */
    private static final int PART = 1 << 20;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "A UTF-8 text file, or - for standard input (the default).")
    String file;

    @Option(names = "--lang", required = true, paramLabel = "xx", description = "Language of the text (BCP 47).")
    String language;

    @Option(names = "--json", description = "Print JSON: each sentence with its start and end offsets.")
    boolean json;

    @Option(names = "--srx", paramLabel = "FILE",
            description = "SRX 2.0 rules (as OmegaT or Okapi write them) that add to or override the built-in rules.")
    Path srx;

    @Option(names = "--data", defaultValue = "translations", paramLabel = "DIR",
            description = "The project folder whose segmentation.srx (when there is one) adds to the built-in rules; only read (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws IOException {
        LanguageTag tag = LanguageTag.of(language);
        String text = TextInput.utf8(file, System.in);
        Pipeline pipeline = Pipeline.forProject(data, srx);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<SentenceJson> sentences = pipeline.segment(text, tag).stream()
                    .map(span -> new SentenceJson(span.of(text), span.start(), span.end())).toList();
            out.println(JsonBodies.create().pretty(sentences));
        } else {
            LinePrinter printer = new LinePrinter(text, out);
            List<Integer> boundaries = pipeline.segmentsWithBuiltInRulesOnly() ? Paragraphs.boundaries(text, PART) : List.of();
            if (boundaries.isEmpty()) {
                printer.print(pipeline.segment(text, tag));
            } else {
                printWhileSegmenting(text, tag, pipeline, boundaries, printer);
            }
            printer.finish();
        }
        out.flush();
        return 0;
    }

    /**
     * A long text in parts that end at blank lines: the next part is segmented on a second thread
     * while this one is printed, which on a machine with two cores hides most of the printing.
     */
    private static void printWhileSegmenting(String text, LanguageTag tag, Pipeline pipeline, List<Integer> boundaries,
                                             LinePrinter printer) {
        ExecutorService segmenting = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "tandem-segment");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<TextSpan>>> parts = new ArrayList<>();
            int from = 0;
            for (int to : boundaries) {
                parts.add(segmenting.submit(segmented(text, from, to, tag, pipeline)));
                from = to;
            }
            parts.add(segmenting.submit(segmented(text, from, text.length(), tag, pipeline)));
            for (Future<List<TextSpan>> part : parts) {
                printer.print(part.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while segmenting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            segmenting.shutdownNow();
        }
    }

    /** The sentences of {@code text[from, to)}, at their offsets in the whole text. */
    private static Callable<List<TextSpan>> segmented(String text, int from, int to, LanguageTag tag, Pipeline pipeline) {
        return () -> pipeline.segment(text.substring(from, to), tag).stream()
                .map(span -> new TextSpan(span.start() + from, span.end() + from)).toList();
    }

    /**
     * One sentence a line, written in large chunks: a flush per line would cost more than the
     * segmentation. A sentence that spans a line break is still printed on one line.
     */
    private static final class LinePrinter {
        private final String text;
        private final PrintWriter out;
        private final LineBreaks breaks;
        private final StringBuilder chunk = new StringBuilder(CHUNK + 1024);

        LinePrinter(String text, PrintWriter out) {
            this.text = text;
            this.out = out;
            this.breaks = new LineBreaks(text);
        }

        /** Sentences of the text, in order, after those printed already. */
        void print(List<TextSpan> spans) {
            for (TextSpan span : spans) {
                if (breaks.next(span.start()) < span.end()) {
                    chunk.append(LINE_BREAK.matcher(span.of(text)).replaceAll(" "));
                } else {
                    chunk.append(text, span.start(), span.end());
                }
                chunk.append(System.lineSeparator());
                if (chunk.length() >= CHUNK) {
                    out.write(chunk.toString());
                    chunk.setLength(0);
                }
            }
        }

        void finish() {
            out.write(chunk.toString());
            chunk.setLength(0);
        }
    }

    /** Where the text's line breaks are, asked for in increasing order (one pass of {@code indexOf} per kind). */
    private static final class LineBreaks {
        private static final String KINDS = "\n\r\u000B\u000C\u0085\u2028\u2029";
        private final String text;
        private final int[] next = new int[KINDS.length()];

        LineBreaks(String text) {
            this.text = text;
            for (int kind = 0; kind < next.length; kind++) {
                next[kind] = found(text.indexOf(KINDS.charAt(kind)));
            }
        }

        /** The first line break at or after {@code from}, or the text's length. */
        int next(int from) {
            int first = text.length();
            for (int kind = 0; kind < next.length; kind++) {
                if (next[kind] < from) {
                    next[kind] = found(text.indexOf(KINDS.charAt(kind), from));
                }
                first = Math.min(first, next[kind]);
            }
            return first;
        }

        private int found(int index) {
            return index < 0 ? text.length() : index;
        }
    }

    /** One sentence in {@code --json} output. */
    record SentenceJson(String text, int start, int end) {
    }
}
