package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * The inline codes of one XLIFF 2 unit: their original data in {@code originalData} (one
 * {@code data} per distinct markup), and each text written with {@code pc} where a pair nests
 * cleanly inside the text, {@code sc}/{@code ec} where it does not (an {@code isolated} one when
 * its other half is in another unit), and {@code ph} for placeholders.
 */
final class Xliff2Codes {

    private final Map<String, String> dataIds = new LinkedHashMap<>();

    Xliff2Codes(CodedText source, CodedText target) {
        for (CodedText text : List.of(source, target)) {
            for (InlineCode code : text.codes()) {
                if (!code.data().isEmpty()) {
                    dataIds.putIfAbsent(code.data(), "d" + (dataIds.size() + 1));
                }
            }
        }
    }

    void writeOriginalData(XmlOutput xml, int depth) throws XMLStreamException {
        if (dataIds.isEmpty()) {
            return;
        }
        xml.start(depth, "originalData");
        for (Map.Entry<String, String> data : dataIds.entrySet()) {
            xml.start(depth + 1, "data").attribute("id", data.getValue()).text(data.getKey()).endInline();
        }
        xml.end(depth);
    }

    void writeContent(XmlOutput xml, CodedText text) throws XMLStreamException {
        List<InlineCode> codes = text.codes();
        Map<Integer, Integer> pcClose = nestedPairs(codes);
        int from = 0;
        for (int k = 0; k < codes.size(); k++) {
            InlineCode code = codes.get(k);
            xml.text(text.text().substring(from, code.at()));
            from = code.at();
            switch (code.kind()) {
                case PLACEHOLDER -> {
                    xml.raw().writeEmptyElement("ph");
                    attributes(xml, code, "dataRef");
                }
                case OPEN -> {
                    if (pcClose.containsKey(k)) {
                        xml.raw().writeStartElement("pc");
                        attributes(xml, code, "dataRefStart");
                        InlineCode close = codes.get(pcClose.get(k));
                        xml.attribute("dataRefEnd", dataIds.get(close.data()));
                    } else {
                        xml.raw().writeEmptyElement("sc");
                        attributes(xml, code, "dataRef");
                        if (closeIndex(codes, k) < 0) {
                            xml.attribute("isolated", "yes");
                        }
                    }
                }
                case CLOSE -> {
                    if (pcClose.containsValue(k)) {
                        xml.endInline();
                    } else {
                        xml.raw().writeEmptyElement("ec");
                        boolean isolated = openIndex(codes, k) < 0;
                        xml.attribute(isolated ? "id" : "startRef", code.id());
                        if (isolated) {
                            xml.attribute("isolated", "yes");
                        }
                        xml.attribute("dataRef", dataIds.get(code.data()));
                    }
                }
            }
        }
        xml.text(text.text().substring(from));
    }

    private void attributes(XmlOutput xml, InlineCode code, String dataRefName) throws XMLStreamException {
        xml.attribute("id", code.id());
        if (!code.deletable()) {
            xml.attribute("canDelete", "no");
        }
        if (!code.copyable()) {
            xml.attribute("canCopy", "no");
        }
        if (!code.reorderable()) {
            xml.attribute("canReorder", "no");
        }
        xml.attribute(dataRefName, dataIds.get(code.data()));
        xml.attribute("type", ExchangeCodeTypes.xliff2Type(code.type()));
        xml.attribute("subType", ExchangeCodeTypes.xliff2SubType(code.type()));
    }

    /** Open index → close index for pairs that nest cleanly (written as {@code pc}). */
    private static Map<Integer, Integer> nestedPairs(List<InlineCode> codes) {
        Map<Integer, Integer> pairs = new HashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int k = 0; k < codes.size(); k++) {
            InlineCode code = codes.get(k);
            if (code.kind() == Kind.OPEN) {
                open.push(k);
            } else if (code.kind() == Kind.CLOSE) {
                if (!open.isEmpty() && codes.get(open.peek()).id().equals(code.id())) {
                    pairs.put(open.pop(), k);
                } else {
                    open.removeIf(index -> codes.get(index).id().equals(code.id()));
                }
            }
        }
        // A pair that encloses a pair written as sc/ec may still be a pc; one whose inside breaks nesting may not.
        pairs.entrySet().removeIf(pair -> crosses(codes, pair.getKey(), pair.getValue(), pairs));
        return pairs;
    }

    private static boolean crosses(List<InlineCode> codes, int open, int close, Map<Integer, Integer> pairs) {
        for (int k = open + 1; k < close; k++) {
            InlineCode inner = codes.get(k);
            if (inner.kind() == Kind.OPEN && !pairs.containsKey(k)) {
                int innerClose = closeIndex(codes, k);
                if (innerClose > close) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int closeIndex(List<InlineCode> codes, int open) {
        for (int k = open + 1; k < codes.size(); k++) {
            if (codes.get(k).kind() == Kind.CLOSE && codes.get(k).id().equals(codes.get(open).id())) {
                return k;
            }
        }
        return -1;
    }

    private static int openIndex(List<InlineCode> codes, int close) {
        for (int k = close - 1; k >= 0; k--) {
            if (codes.get(k).kind() == Kind.OPEN && codes.get(k).id().equals(codes.get(close).id())) {
                return k;
            }
        }
        return -1;
    }
}
