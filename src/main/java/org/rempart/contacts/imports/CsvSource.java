package org.rempart.contacts.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens an uploaded CSV as text: the encoding from a BOM, else UTF-8 when the first megabyte is
 * valid UTF-8, else Windows-1252 (what French spreadsheets export); the separator, {@code ;} or
 * {@code ,}, whichever the header line has more of outside quotes. Bytes that do not decode turn
 * into U+FFFD, which validation rejects row by row.
 */
record CsvSource(Reader reader, Charset charset, char separator) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 1 << 20;

    /** The file cannot be read as CSV text at all: the message says why, without its content. */
    static final class UnreadableFileException extends IOException {
        UnreadableFileException(String message) {
            super(message);
        }
    }

    static CsvSource open(InputStream raw) throws IOException {
        var in = new BufferedInputStream(raw, SAMPLE + 8);
        in.mark(SAMPLE + 8);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        int bom = 0;
        Charset charset;
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(sample, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(sample, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            if (hasNul(sample)) {
                throw new UnreadableFileException("The file is not a text CSV file (it holds binary data).");
            }
            charset = isUtf8(sample, sample.length < SAMPLE) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        in.skipNBytes(bom);
        String text = new String(sample, bom, sample.length - bom, charset);
        if (text.isBlank()) {
            throw new UnreadableFileException("The file is empty.");
        }
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new CsvSource(new InputStreamReader(in, decoder), charset, separator(text));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] sample) {
        for (byte b : sample) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sample decodes as UTF-8; a sequence cut at the end of a partial sample does not count. */
    private static boolean isUtf8(byte[] sample, boolean whole) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var result = decoder.decode(ByteBuffer.wrap(sample), CharBuffer.allocate(sample.length), whole);
        return !result.isError();
    }

    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
