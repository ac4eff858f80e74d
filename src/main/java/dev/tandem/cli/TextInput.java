package dev.tandem.cli;

import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the commands' input files: bytes as they are, or strict UTF-8 text. */
final class TextInput {

    private TextInput() {
    }

    static byte[] bytes(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw TandemException.notFound("no such file: " + file);
        }
    }

    /** A file, or standard input for {@code -}, decoded as UTF-8; anything else is refused, not guessed. */
    static String utf8(String fileOrDash, InputStream standardInput) throws IOException {
        byte[] bytes = fileOrDash.equals("-") ? standardInput.readAllBytes() : bytes(Path.of(fileOrDash));
        return utf8(bytes, fileOrDash);
    }

    static String utf8(byte[] bytes, String name) {
        // The JDK's own decoding is several times faster than a CharsetDecoder; it replaces bad bytes
        // with U+FFFD, so only text that has one is decoded again strictly to tell which it was.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw TandemException.badInput(name + ": not UTF-8 text");
        }
    }
}
