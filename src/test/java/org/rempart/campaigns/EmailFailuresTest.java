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
import org.rempart.delivery.internal.DispatchSettings;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A campaign through an SMTP server that misbehaves: greetings refused with 421 for a while,
 * connections dropped in the middle of DATA, a connection lost after the server accepted a message
 * but before its reply came, 550 for some recipients. Nobody is lost; the only one who gets two
 * messages is the one whose acceptance was lost (the same message, as Rempart could not know it
 * went); the refused addresses become bounces and leave the next audience. A recipient refused for
 * now (450) at every attempt is tried {@code rempart.dispatch.attempts} times, then counted as
 * failed without being a bounce: the campaign ends SENT and the address stays in the next audience.
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
    @Autowired
    DispatchSettings settings;

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

    @Test
    void aRecipientRefusedForNowAtEveryAttemptFailsAfterTheLastAndIsNotSuppressed() throws Exception {
        var api = new CampaignClient(mvc, fixtures.operator(Role.MARKETER).token());
        String tag = "busy" + System.nanoTime();
        api.emailClients("Yann", tag, 4);
        // emailClients names its addresses tag.index@...
        String busy = tag + ".2@destinataires.example";
        PROXY.deferRecipient(busy);

        JsonNode done = api.sendAndWait(api.campaign(CampaignClient.emailToTag("Encombrée", tag)),
                Duration.ofSeconds(20));

        assertThat(done.get("audience").asLong()).isEqualTo(4);
        assertThat(done.get("sent").asLong()).isEqualTo(3);
        assertThat(done.get("failed").asLong()).isEqualTo(1);
        assertThat(done.get("pending").asLong()).isZero();
        assertThat(done.get("bounces").asLong()).as("a temporary refusal is no bounce").isZero();
        assertThat(PROXY.refusals(busy)).as("attempts at the busy recipient").isEqualTo(settings.attempts());
        Map<String, List<String>> received = received();
        for (int i = 0; i < 4; i++) {
            String address = tag + "." + i + "@destinataires.example";
            assertThat(received.getOrDefault(address, List.of())).as("messages to one recipient")
                    .hasSize(address.equals(busy) ? 0 : 1);
        }

        JsonNode next = api.sendAndWait(api.campaign(CampaignClient.emailToTag("Encore", tag)), Duration.ofSeconds(20));
        assertThat(next.get("audience").asLong()).as("the busy recipient included again").isEqualTo(4);
        assertThat(next.get("excludedBy").get("SUPPRESSED").asLong()).isZero();
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
