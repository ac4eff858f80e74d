package dev.tandem.extract;

import dev.tandem.model.TandemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;

/**
 * Decodes a text file, with one rule for every command: text that is valid UTF-8 is UTF-8; a file
 * with a byte-order mark is what the mark says; a file without a single UTF-8 sequence in it is in
 * a legacy single-byte encoding, which Tika's encoding detector names (windows-1252, ISO-8859-2,
 * KOI8-R…). A file that is UTF-8 except for a few bad bytes is refused with where the first bad
 * byte is: decoding it in any single-byte encoding would turn every "é" into "Ã©", and replacing
 * the bad bytes would silently change the text.
 */
final class PlainTextDecoder {

    private PlainTextDecoder() {
    }

    static String decode(InputStream stream, Metadata metadata, String fileName, ExtractionLimits limits) throws IOException {
        byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
            throw ParseFailures.tooLarge(fileName, limits);
        }
        if (bytes.length == 0) {
            throw TandemException.badInput(fileName + ": the file is empty");
        }
        String text = hasByteOrderMark(bytes) ? detected(bytes, metadata, fileName) : utf8OrLegacy(bytes, metadata, fileName);
        if (text.length() > limits.maxCharacters()) {
            throw new TandemException(TandemException.Kind.TOO_LARGE,
                    fileName + ": more than " + limits.maxCharacters() + " characters of text");
        }
        return text;
    }

    private static String utf8OrLegacy(byte[] bytes, Metadata metadata, String fileName) throws IOException {
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.firstBad() < 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (scan.beyondAscii()) {
            throw TandemException.badInput(fileName + ": not valid UTF-8 (line " + scan.lineOfFirstBad()
                    + " has a byte that is not UTF-8, though the rest of the file is); save it as UTF-8 and import it again");
        }
        return detected(bytes, metadata, fileName);
    }

    private static String detected(byte[] bytes, Metadata metadata, String fileName) throws IOException {
        try (Reader reader = new AutoDetectReader(new ByteArrayInputStream(bytes), metadata)) {
            StringBuilder text = new StringBuilder(bytes.length);
            char[] buffer = new char[8192];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
            return text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
        } catch (TikaException e) {
            throw TandemException.badInput(fileName + ": cannot tell which text encoding the file uses; save it as UTF-8");
        }
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF));
    }

    /** Where a byte sequence stops being UTF-8, and whether it held any UTF-8 beyond ASCII before or after. */
    record Utf8Scan(boolean beyondAscii, int firstBad, int lineOfFirstBad) {

        static Utf8Scan of(byte[] bytes) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(8192);
            boolean beyondAscii = false;
            int firstBad = -1;
            while (true) {
                CoderResult result = decoder.decode(in, out, true);
                out.flip();
                while (out.hasRemaining()) {
                    beyondAscii |= out.get() > 0x7F;
                }
                out.clear();
                if (result.isError()) {
                    firstBad = firstBad < 0 ? in.position() : firstBad;
                    in.position(in.position() + result.length());
                } else if (result.isUnderflow()) {
                    break;
                }
            }
            return new Utf8Scan(beyondAscii, firstBad, firstBad < 0 ? -1 : line(bytes, firstBad));
        }

        private static int line(byte[] bytes, int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
