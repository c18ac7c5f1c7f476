package org.rempart.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.delivery.email.SmtpFaultProxy;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A campaign through an SMTP server that misbehaves: greetings refused with 421 for a while,
 * connections dropped in the middle of DATA, a connection lost after the server accepted a message
 * but before its reply came, 550 for some recipients. Nobody is lost; the only one who gets two
 * messages is the one whose acceptance was lost (the same message, as Rempart could not know it
 * went); the refused addresses become bounces and leave the next audience.
 */
@StorageTest
class EmailFailuresTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final SmtpFaultProxy PROXY;

    static {
        SMTP.start();
        try {
            PROXY = new SmtpFaultProxy("127.0.0.1", SMTP.getSmtp().getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("rempart.smtp.host", () -> "127.0.0.1");
        registry.add("rempart.smtp.port", PROXY::port);
        registry.add("rempart.smtp.tls", () -> "none");
        registry.add("rempart.smtp.connections", () -> 2);
    }

    @AfterAll
    static void stop() throws IOException {
        PROXY.close();
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;

    @Test
    void nothingIsLostNorSentTwiceAndRefusedAddressesBounce() throws Exception {
        var api = new CampaignClient(mvc, fixtures.operator(Role.MARKETER).token());
        String tag = "faults" + System.nanoTime();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String address = tag + "." + i + "@destinataires.example";
            addresses.add(address);
            api.contact("""
                    {"kind":"client","firstName":"Inès","email":"%s","tags":["%s"]}""".formatted(address, tag));
        }
        List<String> refused = List.of(addresses.get(3), addresses.get(11));
        refused.forEach(PROXY::refuseRecipient);
        PROXY.refuseGreetings(3);
        PROXY.dropInData(2);
        PROXY.loseReplyToData(1);
        String campaign = """
                {"name":"%s","channel":"EMAIL","fromAddress":"offres@rempart-test.fr","subject":"Votre offre",
                 "html":"<p>Bonjour {{first_name}}</p>","filter":{"field":"tag","op":"eq","value":"%s"}}""";

        long id = api.campaign(campaign.formatted("Sous la pluie", tag));
        var done = api.sendAndWait(id, Duration.ofSeconds(60));

        assertThat(done.get("audience").asLong()).isEqualTo(20);
        assertThat(done.get("sent").asLong()).isEqualTo(18);
        assertThat(done.get("failed").asLong()).isEqualTo(2);
        assertThat(done.get("bounces").asLong()).isEqualTo(2);
        assertThat(done.get("pending").asLong()).isZero();
        Map<String, List<String>> received = received();
        List<String> twice = new ArrayList<>();
        for (String address : addresses) {
            List<String> messageIds = received.getOrDefault(address, List.of());
            if (messageIds.size() == 2) {
                twice.add(address);
                assertThat(Set.copyOf(messageIds)).as("the message sent again is the same message").hasSize(1);
            } else {
                assertThat(messageIds).as("messages to one recipient").hasSize(refused.contains(address) ? 0 : 1);
            }
        }
        assertThat(twice).as("sent again: only the message whose acceptance was lost").hasSize(1);

        long next = api.campaign(campaign.formatted("Après la pluie", tag));
        var second = api.sendAndWait(next, Duration.ofSeconds(60));
        assertThat(second.get("audience").asLong()).isEqualTo(18);
        assertThat(second.get("excludedBy").get("SUPPRESSED").asLong()).isEqualTo(2);
    }

    /** The Message-IDs each recipient received. */
    private static Map<String, List<String>> received() throws Exception {
        Map<String, List<String>> received = new HashMap<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            received.computeIfAbsent(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                    to -> new ArrayList<>()).add(message.getMessageID());
        }
        return received;
    }
}
