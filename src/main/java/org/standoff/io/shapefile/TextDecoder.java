package org.standoff.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes DBF text from a byte array with one cached decoder and buffer, so that a million
 * string cells do not create a million decoders.
 *
 * <p>Pure-ASCII cells (the vast majority in practice) take a fast path through the JDK's
 * Latin-1 string constructor when the charset agrees with ASCII on printable characters,
 * which every DBF code page does. Malformed bytes become U+FFFD, never an exception. Not
 * thread-safe.
 */
final class TextDecoder {

    private final Charset charset;
    private final CharsetDecoder decoder;
    private final boolean asciiCompatible;
    private CharBuffer chars = CharBuffer.allocate(256);

    TextDecoder(Charset charset) {
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        byte[] printable = new byte[0x7F - 0x20];
        for (int i = 0; i < printable.length; i++) {
            printable[i] = (byte) (0x20 + i);
        }
        this.asciiCompatible = new String(printable, charset).equals(new String(printable, StandardCharsets.US_ASCII));
    }

    Charset charset() {
        return charset;
    }

    /** Decodes {@code length} bytes from {@code offset}. */
    String decode(byte[] bytes, int offset, int length) {
        if (asciiCompatible && isAscii(bytes, offset, length)) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        int max = (int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 1;
        if (chars.capacity() < max) {
            chars = CharBuffer.allocate(max);
        }
        chars.clear();
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        decoder.decode(in, chars, true);
        decoder.flush(chars);
        chars.flip();
        return chars.toString();
    }

    private static boolean isAscii(byte[] bytes, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (bytes[i] < 0x20) {
                // Negative means >= 0x80; control characters also take the careful path.
                return false;
            }
        }
        return true;
    }
}
