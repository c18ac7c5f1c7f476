package org.rempart.contacts.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvSourceTest {

    private static CsvSource open(byte[] bytes) throws IOException {
        return CsvSource.open(new ByteArrayInputStream(bytes));
    }

    private static String text(CsvSource source) throws IOException {
        var out = new StringBuilder();
        source.reader().transferTo(new java.io.Writer() {
            @Override
            public void write(char[] chars, int off, int len) {
                out.append(chars, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return out.toString();
    }

    @Test
    void detectsTheEncodingAndTheSeparator() throws IOException {
        var windows = open("nom;prénom\nDupont;Hélène\n".getBytes(CsvSource.WINDOWS_1252));
        assertThat(windows.charset()).isEqualTo(CsvSource.WINDOWS_1252);
        assertThat(windows.separator()).isEqualTo(';');
        assertThat(text(windows)).contains("Hélène");

        byte[] bom = "\uFEFFname,\"a;b;c\",email\n".getBytes(StandardCharsets.UTF_8);
        var utf8 = open(bom);
        assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(utf8.separator()).as("separators inside quotes do not count").isEqualTo(',');
        assertThat(text(utf8)).startsWith("name,");

        assertThat(open("prénom;nom\n".getBytes(StandardCharsets.UTF_8)).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void refusesBinaryAndEmptyFiles() {
        assertThatThrownBy(() -> open(new byte[] {'P', 'K', 3, 4, 0, 0})).hasMessageContaining("binary");
        assertThatThrownBy(() -> open("  \n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("empty");
    }
}
