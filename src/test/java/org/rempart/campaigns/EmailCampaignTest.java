package org.rempart.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.StorageTest;
import org.rempart.delivery.email.DkimKeys;
import org.rempart.delivery.email.DkimVerifier;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An email campaign end to end against GreenMail, a real SMTP server: a segment of contacts
 * receives exactly one signed, personalised message each, with both unsubscribe headers and
 * working tracking links; unsubscribing keeps the contact out of the next campaign.
 */
@StorageTest
@ExtendWith(OutputCaptureExtension.class)
class EmailCampaignTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("rempart.smtp.host", () -> "127.0.0.1");
        registry.add("rempart.smtp.port", () -> SMTP.getSmtp().getPort());
        registry.add("rempart.smtp.tls", () -> "none");
        registry.add("rempart.smtp.connections", () -> 3);
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    DkimKeys dkim;

    CampaignClient api;
    String tag;

    @BeforeEach
    void marketer() {
        api = new CampaignClient(mvc, fixtures.operator(Role.MARKETER).token());
        tag = "campaign" + System.nanoTime();
    }

    private String contact(String first, String email, String consent) {
        return """
                {"kind":"prospect","firstName":"%s","lastName":"Quinzorbe","email":"%s",
                 "consents":{"EMAIL":"%s"},"tags":["%s"]}""".formatted(first, email, consent, tag);
    }

    private String campaign(String name) {
        return """
                {"name":"%s","channel":"EMAIL","fromName":"Rempart Télécom","fromAddress":"offres@rempart-test.fr",
                 "subject":"{{#first_name}}Bonjour {{first_name}}{{/first_name}}, votre offre",
                 "html":"<html><body><p>{{#first_name}}Bonjour {{first_name}},{{/first_name}}</p><p><a href=\\"https://www.rempart-test.fr/offre\\">Voir l'offre</a></p></body></html>",
                 "utm":{"source":"rempart","medium":"email","campaign":"noel"},
                 "filter":{"field":"tag","op":"eq","value":"%s"}}""".formatted(name, tag);
    }

    private List<MimeMessage> receivedBy(String address) throws Exception {
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString()
                    .equals(address))) {
                received.add(message);
            }
        }
        return received;
    }

    @Test
    void aSegmentGetsOneSignedPersonalisedMessageEachWithWorkingLinks(CapturedOutput output) throws Exception {
        Map<String, String> firstNames = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            String address = tag + "." + i + "@destinataires.example";
            firstNames.put(address, "Zoé" + i);
            api.contact(contact("Zoé" + i, address, "oui"));
        }
        String refused = tag + ".refus@destinataires.example";
        api.contact(contact("Refus", refused, "non"));

        long id = api.campaign(campaign("Offre de Noël"));
        var sent = api.sendAndWait(id, Duration.ofSeconds(30));

        assertThat(sent.get("audience").asLong()).isEqualTo(5);
        assertThat(sent.get("sent").asLong()).isEqualTo(5);
        assertThat(sent.get("excludedBy").get("NO_CONSENT").asLong()).isEqualTo(1);
        assertThat(receivedBy(refused)).isEmpty();
        String publicKey = dkim.publicKey("rempart-test.fr").publicKey();
        MimeMessage first = null;
        for (var entry : firstNames.entrySet()) {
            List<MimeMessage> received = receivedBy(entry.getKey());
            assertThat(received).as("messages to one recipient").hasSize(1);
            MimeMessage message = received.getFirst();
            assertThat(message.getSubject()).isEqualTo("Bonjour " + entry.getValue() + ", votre offre");
            assertThat(message.getHeader("List-Unsubscribe")[0]).matches("<https?://[^>]+/u/[^>]+>, <mailto:[^>]+>");
            assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(message.getMessageID()).matches("<rempart\\.\\d+\\." + id + "@rempart-test\\.fr>");
            var raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            var dkimResult = DkimVerifier.verify(raw.toByteArray(), publicKey);
            assertThat(dkimResult.bodyHashMatches()).isTrue();
            assertThat(dkimResult.signatureValid()).isTrue();
            assertThat(dkimResult.tags().get("h").toLowerCase()).contains("list-unsubscribe-post");
            first = first == null ? message : first;
        }

        String html = html(first);
        String click = path(find(html, "https?://[^\"\\s]+/c/[A-Za-z0-9_=-]+"));
        var redirect = mvc.perform(get(click)).andReturn().getResponse();
        assertThat(redirect.getStatus()).isEqualTo(302);
        assertThat(redirect.getHeader("Location"))
                .isEqualTo("https://www.rempart-test.fr/offre?utm_source=rempart&utm_medium=email&utm_campaign=noel");
        String pixel = path(find(html, "https?://[^\"\\s]+/o/[A-Za-z0-9_=-]+"));
        assertThat(mvc.perform(get(pixel)).andReturn().getResponse().getContentType()).isEqualTo("image/gif");
        var figures = api.campaign(id);
        assertThat(figures.get("opens").asLong()).isEqualTo(1);
        assertThat(figures.get("clicks").asLong()).isEqualTo(1);

        String unsubscribe = path(find(first.getHeader("List-Unsubscribe")[0], "https?://[^>]+/u/[^>]+"));
        var oneClick = mvc.perform(post(unsubscribe).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andReturn().getResponse();
        assertThat(oneClick.getStatus()).isEqualTo(200);
        String gone = first.getRecipients(Message.RecipientType.TO)[0].toString();

        long next = api.campaign(campaign("Offre du Nouvel An"));
        var second = api.sendAndWait(next, Duration.ofSeconds(30));
        assertThat(second.get("audience").asLong()).isEqualTo(4);
        assertThat(receivedBy(gone)).hasSize(1);
        firstNames.keySet().stream().filter(a -> !a.equals(gone)).forEach(a -> {
            try {
                assertThat(receivedBy(a)).hasSize(2);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(output.getAll()).doesNotContain(tag + ".").doesNotContain("Zoé");
    }

    private static String html(MimeMessage message) throws Exception {
        var parts = (jakarta.mail.Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/html")) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no HTML part");
    }

    private static String find(String text, String regex) {
        var matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("a link matching " + regex).isTrue();
        return matcher.group();
    }

    private static String path(String url) {
        return URI.create(url).getRawPath();
    }
}
