package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A text with inline codes as properly nested spans, the shape HTML, Markdown and DOCX need. The
 * codes of a translation need not nest (XLIFF 2 {@code sc}/{@code ec} may overlap) nor be complete
 * (a draft may leave a pair open): a pair closed across another is split around it, as browsers
 * do with {@code <b>x<i>y</b>z</i>}; a pair left open ends with the text; a closing half without
 * its opening half is dropped. Placeholders other than line breaks, and their data, are dropped:
 * the article never copies raw markup from a file.
 */
final class InlineTree {

    /** A piece of inline content. */
    sealed interface Node permits Text, LineBreak, Span {
    }

    record Text(String text) implements Node {
    }

    record LineBreak() implements Node {
    }

    /** A paired code's content; {@code link} is the URL of a link that may be followed, else null. */
    record Span(String type, String link, List<Node> children) implements Node {
    }

    private InlineTree() {
    }

    /** The content of {@code text}, top-level nodes in order. */
    static List<Node> of(CodedText text) {
        Deque<Open> open = new ArrayDeque<>();
        Open root = new Open(null, null, null);
        open.push(root);
        int from = 0;
        for (InlineCode code : text.codes()) {
            addText(open.peek(), text.text().substring(from, code.at()));
            from = code.at();
            switch (code.kind()) {
                case OPEN -> {
                    Open span = new Open(code.id(), code.type(), LinkTargets.followable(code));
                    open.peek().children.add(span);
                    open.push(span);
                }
                case CLOSE -> close(open, code.id());
                case PLACEHOLDER -> {
                    if (code.type().equals(InlineCode.LINE_BREAK)) {
                        open.peek().children.add(new LineBreak());
                    }
                }
            }
        }
        addText(open.peek(), text.text().substring(from));
        return root.build();
    }

    private static void close(Deque<Open> open, String id) {
        if (open.stream().noneMatch(span -> id.equals(span.id))) {
            return;
        }
        List<Open> above = new ArrayList<>();
        while (!id.equals(open.peek().id)) {
            above.add(open.pop());
        }
        open.pop();
        for (int k = above.size() - 1; k >= 0; k--) {
            Open again = above.get(k).reopened();
            open.peek().children.add(again);
            open.push(again);
        }
    }

    private static void addText(Open parent, String text) {
        if (!text.isEmpty()) {
            parent.children.add(new Text(text));
        }
    }

    /** A span while it is being filled; {@code children} holds nodes and further {@link Open}s. */
    private static final class Open {
        final String id;
        final String type;
        final String link;
        final List<Object> children = new ArrayList<>();

        Open(String id, String type, String link) {
            this.id = id;
            this.type = type;
            this.link = link;
        }

        Open reopened() {
            return new Open(id, type, link);
        }

        List<Node> build() {
            List<Node> nodes = new ArrayList<>(children.size());
            for (Object child : children) {
                if (child instanceof Open span) {
                    List<Node> inside = span.build();
                    if (!inside.isEmpty()) {
                        nodes.add(new Span(span.type, span.link, inside));
                    }
                } else {
                    nodes.add((Node) child);
                }
            }
            return List.copyOf(nodes);
        }
    }
}
