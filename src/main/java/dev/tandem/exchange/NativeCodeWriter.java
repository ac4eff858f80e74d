package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Writes text with its inline codes as XLIFF 1.2 and TMX 1.4b carry them, the original markup as the
 * element's content: {@code bpt}/{@code ept} for the two halves of a pair (matched by {@code id} in
 * XLIFF 1.2, {@code i} in TMX), {@code ph} for a placeholder, {@code it} for a half whose other half
 * is in another unit. A TMX with such content is level 2.
 */
final class NativeCodeWriter {

    /** The format written. */
    enum Dialect { XLIFF12, TMX }

    private final Dialect dialect;

    NativeCodeWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    void write(XmlOutput xml, CodedText text) throws XMLStreamException {
        List<InlineCode> codes = text.codes();
        int from = 0;
        for (int k = 0; k < codes.size(); k++) {
            InlineCode code = codes.get(k);
            xml.text(text.text().substring(from, code.at()));
            from = code.at();
            boolean paired = code.kind() == Kind.PLACEHOLDER || hasOtherHalf(codes, k);
            String name = !paired ? "it" : switch (code.kind()) {
                case OPEN -> "bpt";
                case CLOSE -> "ept";
                case PLACEHOLDER -> "ph";
            };
            xml.raw().writeStartElement(name);
            if (dialect == Dialect.XLIFF12) {
                xml.attribute("id", code.id());
                if (code.kind() != Kind.CLOSE || !paired) {
                    xml.attribute("ctype", ExchangeCodeTypes.xliff12Type(code.type()));
                }
                if (!paired) {
                    xml.attribute("pos", code.kind() == Kind.OPEN ? "open" : "close");
                }
            } else {
                if (paired && code.kind() != Kind.PLACEHOLDER) {
                    xml.attribute("i", code.id());
                }
                if (code.kind() != Kind.CLOSE || !paired) {
                    xml.attribute("x", code.id());
                    xml.attribute("type", ExchangeCodeTypes.xliff12Type(code.type()));
                }
                if (!paired) {
                    xml.attribute("pos", code.kind() == Kind.OPEN ? "begin" : "end");
                }
            }
            xml.text(code.data()).endInline();
        }
        xml.text(text.text().substring(from));
    }

    private static boolean hasOtherHalf(List<InlineCode> codes, int k) {
        InlineCode code = codes.get(k);
        Kind other = code.kind() == Kind.OPEN ? Kind.CLOSE : Kind.OPEN;
        return codes.stream().anyMatch(c -> c.kind() == other && c.id().equals(code.id()));
    }
}
