package org.rempart.campaigns.templates;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a rendering writes: the pieces it writes, joined once at the end into a string of the
 * exact length. A {@link StringBuilder} would hold the message twice (its buffer, then the
 * string's copy), and a message's bytes are most of what a campaign allocates;
 * {@link java.io.StringWriter} adds the locking of a {@link StringBuffer} besides.
 */
final class TextOutput extends Writer {

    /** About the pieces of a template: its literal text between tags, and its values. */
    private static final int PIECES = 64;

    private final List<String> pieces = new ArrayList<>(PIECES);

    @Override
    public void write(char[] characters, int offset, int length) {
        pieces.add(new String(characters, offset, length));
    }

    @Override
    public void write(String string) {
        pieces.add(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        pieces.add(string.substring(offset, offset + length));
    }

    @Override
    public Writer append(CharSequence sequence) {
        pieces.add(String.valueOf(sequence));
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return String.join("", pieces);
    }
}
