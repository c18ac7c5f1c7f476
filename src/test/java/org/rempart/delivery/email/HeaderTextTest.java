package org.rempart.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Header text as Rempart writes it, read back by Jakarta Mail's decoders. */
class HeaderTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nos offres de la semaine", "Élodie, vos offres d'été",
        "Des offres qui ne tiennent pas sur une ligne : forfaits, téléphones, accessoires, livraison offerte 😀",
        "A very long plain subject that cannot fit on one line of seventy-six characters, so it is folded",
        "=?UTF-8?B?not-a-word?= written as plain text", ""})
    void subjectsDecodeToTheirTextOnLinesOfAtMost76Characters(String subject) throws Exception {
        String value = HeaderText.unstructured(subject, "Subject: ".length());
        String field = "Subject: " + value;

        assertThat(field.split("\r\n")).allMatch(line -> line.length() <= 76 || !line.contains(" ") && !line.contains("=?"));
        assertThat(field).matches("[ -~\r\n]*");
        assertThat(MimeUtility.decodeText(MimeUtility.unfold(value))).isEqualTo(subject);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Boutique Rempart Été", "Rempart \"Offres\", Paris", "",
        "Service clientèle de Rempart Télécom, boutique en ligne et magasins de France métropolitaine"})
    void mailboxesParseBackToTheirNameAndAddress(String name) throws Exception {
        String field = "From: " + HeaderText.mailbox(name, "offres@envoi.rempart-test.fr", "From: ".length());

        assertThat(field.split("\r\n")).allMatch(line -> line.length() <= 76);
        var parsed = new InternetAddress(MimeUtility.unfold(field.substring("From: ".length())), true);
        assertThat(parsed.getAddress()).isEqualTo("offres@envoi.rempart-test.fr");
        assertThat(parsed.getPersonal() == null ? "" : parsed.getPersonal()).isEqualTo(name);
    }
}
