package com.qinglian.scoring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides how a CSV file is encoded by reading it once, before it is parsed, in fixed-size blocks (never the
 * whole file in memory): UTF-8 with or without a byte order mark, else GBK (what Excel writes as
 * "CSV (逗号分隔)" on a Chinese Windows) when the bytes decode as GBK and read like Chinese text. Anything
 * else is refused, naming the first line that is not UTF-8: a guess would garble names silently.
 */
final class CsvEncoding {

    static final Charset GBK = Charset.forName("GBK");

    /** Share of two-byte GBK characters that must lie in the GB2312 area, which holds the characters in daily use. */
    static final double MIN_COMMON_SHARE = 0.8;

    private static final int BLOCK = 1 << 16;

    /** What was found: the charset and whether a UTF-8 byte order mark is to be skipped. */
    record Detected(Charset charset, boolean bom) {}

    private CsvEncoding() {}

    static Detected detect(Path file, String name) throws IOException {
        long badLine;
        boolean bom;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
            badLine =
                    firstLineNotUtf8(bom ? InputStream.nullInputStream() : new java.io.ByteArrayInputStream(head), in);
        }
        if (badLine == 0) {
            return new Detected(StandardCharsets.UTF_8, bom);
        }
        if (!bom && plausiblyGbk(file)) {
            return new Detected(GBK, false);
        }
        throw new CliException(new Problem(name, badLine, null, "cli.csv.encoding", java.util.List.of()));
    }

    /** The 1-based line of the first byte sequence that is not UTF-8 (a NUL byte counts as one), or 0 when none. */
    private static long firstLineNotUtf8(InputStream first, InputStream rest) throws IOException {
        byte[] block = new byte[BLOCK + 4];
        long line = 1;
        int pending = 0;
        InputStream in = new java.io.SequenceInputStream(first, rest);
        while (true) {
            int read = in.readNBytes(block, pending, BLOCK);
            int length = pending + read;
            boolean end = read < BLOCK;
            int i = 0;
            while (i < length) {
                int b = block[i] & 0xFF;
                if (b < 0x80) {
                    if (b == 0) {
                        return line;
                    }
                    if (b == '\n') {
                        line++;
                    }
                    i++;
                    continue;
                }
                int extra = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                if (extra < 0) {
                    return line;
                }
                if (i + extra >= length && !end) {
                    break; // the sequence continues in the next block
                }
                if (i + extra >= length || !continuation(block, i, extra, b)) {
                    return line;
                }
                i += extra + 1;
            }
            if (end) {
                return 0;
            }
            pending = length - i;
            System.arraycopy(block, i, block, 0, pending);
        }
    }

    /** Continuation bytes, refusing overlong forms, surrogates and code points above U+10FFFF. */
    private static boolean continuation(byte[] block, int i, int extra, int lead) {
        for (int k = 1; k <= extra; k++) {
            if ((block[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        int second = block[i + 1] & 0xFF;
        return switch (lead) {
            case 0xE0 -> second >= 0xA0;
            case 0xED -> second < 0xA0;
            case 0xF0 -> second >= 0x90;
            case 0xF4 -> second < 0x90;
            default -> true;
        };
    }

    /**
     * GBK decodes almost any byte pairs, so decoding alone proves little. The file must decode strictly,
     * hold no control characters but tab and line breaks, no user-defined (private use) characters, and
     * most of its two-byte characters must be common ones.
     */
    private static boolean plausiblyGbk(Path file) throws IOException {
        CharsetDecoder decoder = GBK.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
        CharBuffer chars = CharBuffer.allocate(BLOCK);
        long wide = 0;
        long common = 0;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.readNBytes(bytes.array(), bytes.position(), bytes.remaining());
                bytes.position(bytes.position() + read);
                end = bytes.hasRemaining();
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || c == 0x7F
                            || (c >= 0xE000 && c <= 0xF8FF)) {
                        return false;
                    }
                    if (c >= 0x80) {
                        wide++;
                        if (inGb2312(c)) {
                            common++;
                        }
                    }
                }
                chars.clear();
                bytes.compact();
            }
            if (decoder.flush(chars).isError()) {
                return false;
            }
        }
        return wide > 0 && common >= MIN_COMMON_SHARE * wide;
    }

    /** Whether the character's GBK bytes lie in the GB2312 area (both bytes 0xA1–0xFE). */
    private static boolean inGb2312(char c) {
        byte[] encoded = String.valueOf(c).getBytes(GBK);
        return encoded.length == 2 && (encoded[0] & 0xFF) >= 0xA1 && (encoded[1] & 0xFF) >= 0xA1;
    }
}
