package dev.tandem.memory;

import dev.tandem.model.InlineCode;
import dev.tandem.model.MemoryEntry;
import dev.tandem.model.Provenance;
import dev.tandem.model.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * How a memory entry is laid out as a Lucene document: what is searched (match keys, exact-match
 * hash, length, language pair, concordance text), what scoring reads fast (the keys as doc values)
 * and what is shown (stored fields). Inline codes are stored only where a text has some, each list
 * in Lucene's own compact encoding (variable-length ints and strings), so plain entries cost nothing.
 */
final class IndexFields {

    static final String KEY = "key";
    static final String GROUP = "group";
    static final String PAIR = "pair";
    static final String TOKENS = "tok";
    static final String TOKEN_VALUES = "tokdv";
    static final String LENGTH = "len";
    static final String EXACT = "exact";
    static final String CONCORDANCE_SOURCE = "csrc";
    static final String CONCORDANCE_TARGET = "ctgt";
    /** Separates match keys in {@link #TOKENS} and {@link #TOKEN_VALUES}; never part of a key. */
    static final char SEPARATOR = '\u0001';

    private static final String SOURCE = "source";
    private static final String TARGET = "target";
    private static final String SOURCE_LANGUAGE = "srcLang";
    private static final String TARGET_LANGUAGE = "tgtLang";
    private static final String KIND = "kind";
    private static final String NAME = "name";
    private static final String UNIT = "unit";
    private static final String BY = "by";
    private static final String UPDATED = "updated";
    private static final String STATUS = "status";
    private static final String UNVERIFIED = "unverified";
    private static final String PENALTY = "penalty";
    private static final String PREVIOUS = "prev";
    private static final String NEXT = "next";
    private static final String SOURCE_CODES = "srcCodes";
    private static final String TARGET_CODES = "tgtCodes";
    private static final InlineCode.Kind[] KINDS = InlineCode.Kind.values();

    private IndexFields() {
    }

    static Document toDocument(MemoryEntry entry, List<String> keys) {
        Document doc = new Document();
        String joined = String.join(String.valueOf(SEPARATOR), keys);
        doc.add(new StringField(KEY, entry.key(), Field.Store.YES));
        doc.add(new StringField(GROUP, entry.group(), Field.Store.YES));
        doc.add(new StringField(PAIR, LanguagePair.key(entry.sourceLanguage(), entry.targetLanguage()), Field.Store.NO));
        doc.add(new TextField(TOKENS, joined, Field.Store.NO));
        doc.add(new BinaryDocValuesField(TOKEN_VALUES, new BytesRef(joined)));
        doc.add(new IntPoint(LENGTH, keys.size()));
        doc.add(new NumericDocValuesField(LENGTH, keys.size()));
        doc.add(new StringField(EXACT, exactHash(keys), Field.Store.NO));
        doc.add(new TextField(CONCORDANCE_SOURCE, entry.source(), Field.Store.NO));
        doc.add(new TextField(CONCORDANCE_TARGET, entry.target(), Field.Store.NO));
        doc.add(new StoredField(SOURCE, entry.source()));
        doc.add(new StoredField(TARGET, entry.target()));
        doc.add(new StoredField(SOURCE_LANGUAGE, entry.sourceLanguage()));
        doc.add(new StoredField(TARGET_LANGUAGE, entry.targetLanguage()));
        Provenance origin = entry.origin();
        doc.add(new StoredField(KIND, origin.kind().name()));
        doc.add(new StoredField(NAME, origin.name()));
        storeIfSet(doc, UNIT, origin.unit());
        storeIfSet(doc, BY, origin.by());
        if (origin.updated() != null) {
            doc.add(new StoredField(UPDATED, origin.updated().toEpochMilli()));
        }
        if (origin.status() != null) {
            doc.add(new StoredField(STATUS, origin.status().name()));
        }
        doc.add(new StoredField(UNVERIFIED, origin.unverified() ? 1 : 0));
        doc.add(new StoredField(PENALTY, origin.penalty()));
        storeIfSet(doc, PREVIOUS, entry.previous());
        storeIfSet(doc, NEXT, entry.next());
        storeCodes(doc, SOURCE_CODES, entry.sourceCodes());
        storeCodes(doc, TARGET_CODES, entry.targetCodes());
        return doc;
    }

    static MemoryEntry fromDocument(Document doc) {
        Number updated = doc.getField(UPDATED) == null ? null : doc.getField(UPDATED).numericValue();
        String status = doc.get(STATUS);
        Provenance origin = new Provenance(Provenance.Kind.valueOf(doc.get(KIND)), doc.get(NAME), doc.get(UNIT), doc.get(BY),
                updated == null ? null : Instant.ofEpochMilli(updated.longValue()),
                status == null ? null : Status.valueOf(status.toUpperCase(Locale.ROOT)),
                doc.getField(UNVERIFIED).numericValue().intValue() == 1, doc.getField(PENALTY).numericValue().intValue());
        return new MemoryEntry(doc.get(KEY), doc.get(GROUP), doc.get(SOURCE), doc.get(TARGET), doc.get(SOURCE_LANGUAGE),
                doc.get(TARGET_LANGUAGE), origin, doc.get(PREVIOUS), doc.get(NEXT), codes(doc, SOURCE_CODES), codes(doc, TARGET_CODES));
    }

    /** A 64-bit FNV-1a hash of the keys: every exact match shares it, and a collision only adds a candidate. */
    static String exactHash(List<String> keys) {
        long hash = 0xcbf29ce484222325L;
        for (String key : keys) {
            for (int i = 0; i < key.length(); i++) {
                hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ SEPARATOR) * 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }

    private static void storeIfSet(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void storeCodes(Document doc, String field, List<InlineCode> codes) {
        if (codes.isEmpty()) {
            return;
        }
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(codes.size());
            for (InlineCode code : codes) {
                out.writeString(code.id());
                out.writeByte((byte) code.kind().ordinal());
                out.writeVInt(code.at());
                out.writeString(code.type());
                out.writeString(code.data());
                out.writeByte((byte) (flag(code.canDelete()) | flag(code.canCopy()) << 2 | flag(code.canReorder()) << 4));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: never
        }
        doc.add(new StoredField(field, out.toArrayCopy()));
    }

    private static List<InlineCode> codes(Document doc, String field) {
        IndexableField stored = doc.getField(field);
        if (stored == null) {
            return List.of();
        }
        BytesRef bytes = stored.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        try {
            int count = in.readVInt();
            List<InlineCode> codes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String id = in.readString();
                InlineCode.Kind kind = KINDS[in.readByte()];
                int at = in.readVInt();
                String type = in.readString();
                String data = in.readString();
                int flags = in.readByte();
                codes.add(new InlineCode(id, kind, at, type, data, flag(flags), flag(flags >> 2), flag(flags >> 4)));
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // from a byte array: never
        }
    }

    /** A yes/no/unset flag in two bits: 0 unset, 1 no, 2 yes. */
    private static int flag(Boolean value) {
        return value == null ? 0 : value ? 2 : 1;
    }

    private static Boolean flag(int bits) {
        int value = bits & 3;
        return value == 0 ? null : value == 2;
    }
}
