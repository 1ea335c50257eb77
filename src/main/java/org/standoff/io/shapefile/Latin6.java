package org.standoff.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.util.HashMap;
import java.util.Map;

/**
 * ISO-8859-10 (Latin-6, Nordic), which {@code .cpg} files name as "885910" and which the JDK
 * does not provide. Single-byte: 0x00-0x9F are U+0000-U+009F, 0xA0-0xFF map through the
 * table below (taken from Python's {@code iso8859_10} codec, which follows the Unicode
 * consortium's mapping file {@code ISO8859/8859-10.TXT}). Encoding replaces characters outside
 * the set with {@code ?}. Immutable and thread-safe; coders are per use, as for any charset.
 */
final class Latin6 extends Charset {

    static final Latin6 INSTANCE = new Latin6();

    private static final char[] HIGH = {
        (char) 0x00A0, (char) 0x0104, (char) 0x0112, (char) 0x0122, (char) 0x012A, (char) 0x0128, (char) 0x0136,
                (char) 0x00A7,
        (char) 0x013B, (char) 0x0110, (char) 0x0160, (char) 0x0166, (char) 0x017D, (char) 0x00AD, (char) 0x016A,
                (char) 0x014A,
        (char) 0x00B0, (char) 0x0105, (char) 0x0113, (char) 0x0123, (char) 0x012B, (char) 0x0129, (char) 0x0137,
                (char) 0x00B7,
        (char) 0x013C, (char) 0x0111, (char) 0x0161, (char) 0x0167, (char) 0x017E, (char) 0x2015, (char) 0x016B,
                (char) 0x014B,
        (char) 0x0100, (char) 0x00C1, (char) 0x00C2, (char) 0x00C3, (char) 0x00C4, (char) 0x00C5, (char) 0x00C6,
                (char) 0x012E,
        (char) 0x010C, (char) 0x00C9, (char) 0x0118, (char) 0x00CB, (char) 0x0116, (char) 0x00CD, (char) 0x00CE,
                (char) 0x00CF,
        (char) 0x00D0, (char) 0x0145, (char) 0x014C, (char) 0x00D3, (char) 0x00D4, (char) 0x00D5, (char) 0x00D6,
                (char) 0x0168,
        (char) 0x00D8, (char) 0x0172, (char) 0x00DA, (char) 0x00DB, (char) 0x00DC, (char) 0x00DD, (char) 0x00DE,
                (char) 0x00DF,
        (char) 0x0101, (char) 0x00E1, (char) 0x00E2, (char) 0x00E3, (char) 0x00E4, (char) 0x00E5, (char) 0x00E6,
                (char) 0x012F,
        (char) 0x010D, (char) 0x00E9, (char) 0x0119, (char) 0x00EB, (char) 0x0117, (char) 0x00ED, (char) 0x00EE,
                (char) 0x00EF,
        (char) 0x00F0, (char) 0x0146, (char) 0x014D, (char) 0x00F3, (char) 0x00F4, (char) 0x00F5, (char) 0x00F6,
                (char) 0x0169,
        (char) 0x00F8, (char) 0x0173, (char) 0x00FA, (char) 0x00FB, (char) 0x00FC, (char) 0x00FD, (char) 0x00FE,
                (char) 0x0138
    };
    private static final Map<Character, Byte> ENCODE = new HashMap<>();

    static {
        for (int i = 0; i < HIGH.length; i++) {
            ENCODE.put(HIGH[i], (byte) (0xA0 + i));
        }
    }

    private Latin6() {
        super("ISO-8859-10", new String[] {"ISO8859-10", "ISO_8859-10", "latin6", "l6"});
    }

    @Override
    public boolean contains(Charset cs) {
        return cs instanceof Latin6 || "US-ASCII".equals(cs.name());
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new CharsetDecoder(this, 1, 1) {
            @Override
            protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                while (in.hasRemaining()) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    int b = in.get() & 0xFF;
                    out.put(b < 0xA0 ? (char) b : HIGH[b - 0xA0]);
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new CharsetEncoder(this, 1, 1, new byte[] {'?'}) {
            @Override
            protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
                while (in.hasRemaining()) {
                    char c = in.get();
                    Byte b = c < 0xA0 ? Byte.valueOf((byte) c) : ENCODE.get(c);
                    if (b == null) {
                        in.position(in.position() - 1);
                        return CoderResult.unmappableForLength(1);
                    }
                    if (!out.hasRemaining()) {
                        in.position(in.position() - 1);
                        return CoderResult.OVERFLOW;
                    }
                    out.put(b);
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }
}
