package org.rempart.campaigns.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class TextOutputTest {

    @Test
    void everyWayOfWritingEndsInTheTextInTheOrderWritten() throws IOException {
        TextOutput out = new TextOutput();
        out.write("Bonjour ");
        out.write("xxCamillexx", 2, 7);
        out.write(new char[] {',', ' ', 'é'}, 0, 2);
        out.write('à');
        out.append(new StringBuilder(" vous"));
        out.append("!", 0, 1);
        out.write("");
        assertThat(out).hasToString("Bonjour Camille, à vous!");
    }

    @Test
    void nothingWrittenIsEmpty() {
        assertThat(new TextOutput()).hasToString("");
    }

    @Test
    void textBeyondLatin1IsKeptWhole() {
        TextOutput out = new TextOutput();
        out.write("Łódź ");
        out.write("café 🎉");
        assertThat(out).hasToString("Łódź café 🎉");
    }
}
