package org.rempart.campaigns.templates;

import java.io.Writer;

/**
 * Where a rendering writes: a {@link StringBuilder} of the expected size, without the locking
 * of {@link java.io.StringWriter}'s {@link StringBuffer}, which showed as a fifth of a render.
 */
final class TextOutput extends Writer {

    private final StringBuilder text;

    TextOutput(int expectedLength) {
        this.text = new StringBuilder(expectedLength);
    }

    @Override
    public void write(char[] characters, int offset, int length) {
        text.append(characters, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence sequence) {
        text.append(sequence);
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
        return text.toString();
    }
}
