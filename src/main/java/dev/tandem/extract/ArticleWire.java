package dev.tandem.extract;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.InlineCode;
import dev.tandem.model.BlockType;
import dev.tandem.model.LanguageEvidence;
import dev.tandem.model.TandemException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few messages between a server and its extraction worker, as length-prefixed binary frames
 * on the worker's standard input and output: a request (file name and bytes), and an answer (an
 * article, or the refusal a user is shown). Nothing but our own records crosses, so nothing from
 * the worker is ever deserialized into arbitrary objects.
 */
final class ArticleWire {

    private static final byte ARTICLE = 1;
    private static final byte REFUSAL = 2;
    private static final byte READY = 3;
    /** Bounds what the worker can make the server allocate for one string. */
    private static final int MAX_STRING_BYTES = 64 * 1024 * 1024;

    private ArticleWire() {
    }

    static void writeReady(DataOutputStream out) throws IOException {
        out.writeByte(READY);
        out.flush();
    }

    static void awaitReady(DataInputStream in) throws IOException {
        if (in.readByte() != READY) {
            throw new IOException("extraction worker did not start");
        }
    }

    static void writeRequest(DataOutputStream out, String fileName, byte[] content) throws IOException {
        writeString(out, fileName);
        out.writeInt(content.length);
        out.write(content);
        out.flush();
    }

    /** A request's file name, or null when the server has closed the pipe. */
    static String readFileName(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (java.io.EOFException e) {
            return null;
        }
        return decode(in, length);
    }

    static byte[] readContent(DataInputStream in, long maxBytes) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > maxBytes + 1) {
            throw new IOException("request of " + length + " bytes");
        }
        return in.readNBytes(length);
    }

    static void writeArticle(DataOutputStream out, Article article) throws IOException {
        out.writeByte(ARTICLE);
        writeNullable(out, article.title());
        writeNullable(out, article.language());
        writeString(out, article.mediaType());
        out.writeInt(article.metadata().size());
        for (Map.Entry<String, String> entry : article.metadata().entrySet()) {
            writeString(out, entry.getKey());
            writeString(out, entry.getValue());
        }
        out.writeInt(article.blocks().size());
        for (ArticleBlock block : article.blocks()) {
            writeString(out, block.type().name());
            writeString(out, block.text());
            out.writeInt(block.codes().size());
            for (InlineCode code : block.codes()) {
                writeCode(out, code);
            }
        }
        LanguageEvidence evidence = article.languageEvidence();
        writeNullable(out, evidence.declared());
        writeNullable(out, evidence.detected());
        out.writeDouble(evidence.confidence());
        out.flush();
    }

    static void writeRefusal(DataOutputStream out, TandemException refusal) throws IOException {
        out.writeByte(REFUSAL);
        writeString(out, refusal.kind().name());
        writeString(out, refusal.getMessage());
        out.flush();
    }

    /** The worker's answer: the article, or the refusal thrown. */
    static Article readAnswer(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        if (kind == REFUSAL) {
            TandemException.Kind refusal = TandemException.Kind.valueOf(readString(in));
            throw new TandemException(refusal, readString(in));
        }
        if (kind != ARTICLE) {
            throw new IOException("unexpected frame " + kind);
        }
        String title = readNullable(in);
        String language = readNullable(in);
        String mediaType = readString(in);
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            metadata.put(readString(in), readString(in));
        }
        List<ArticleBlock> blocks = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            BlockType type = BlockType.valueOf(readString(in));
            String text = readString(in);
            List<InlineCode> codes = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                codes.add(readCode(in));
            }
            blocks.add(new ArticleBlock(type, text, codes));
        }
        LanguageEvidence evidence = new LanguageEvidence(readNullable(in), readNullable(in), in.readDouble());
        return new Article(title, language, mediaType, metadata, blocks, evidence);
    }

    private static void writeCode(DataOutputStream out, InlineCode code) throws IOException {
        writeString(out, code.id());
        writeString(out, code.kind().name());
        out.writeInt(code.at());
        writeString(out, code.type());
        writeString(out, code.data());
        for (Boolean flag : new Boolean[] {code.canDelete(), code.canCopy(), code.canReorder()}) {
            out.writeByte(flag == null ? -1 : flag ? 1 : 0);
        }
    }

    private static InlineCode readCode(DataInputStream in) throws IOException {
        String id = readString(in);
        InlineCode.Kind kind = InlineCode.Kind.valueOf(readString(in));
        int at = in.readInt();
        String type = readString(in);
        String data = readString(in);
        return new InlineCode(id, kind, at, type, data, readFlag(in), readFlag(in), readFlag(in));
    }

    private static Boolean readFlag(DataInputStream in) throws IOException {
        byte flag = in.readByte();
        return flag < 0 ? null : flag == 1;
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writeString(out, value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        return decode(in, in.readInt());
    }

    private static String decode(DataInputStream in, int length) throws IOException {
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("string of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
