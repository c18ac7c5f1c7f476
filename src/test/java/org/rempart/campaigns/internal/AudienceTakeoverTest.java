package org.rempart.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.campaigns.CampaignClient;
import org.rempart.delivery.outbox.CaptureOutbox;
import org.rempart.delivery.outbox.CapturedMessage;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A node that stops after committing a campaign's send, before writing its audience, leaves the
 * writing to the engine: once the writer's lease expires, a heartbeat takes it over, writes the
 * audience chunk by chunk and sends it, each recipient once, and the campaign ends SENT with its
 * figures. The workers, idle for a poll of 30 s, are woken by each chunk written. The same context
 * as {@link org.rempart.campaigns.CampaignStartTest}.
 */
@StorageTest
@TestPropertySource(properties = {"rempart.dispatch.poll=30s", "rempart.dispatch.lease=2s",
    "rempart.dispatch.heartbeat=300ms"})
class AudienceTakeoverTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    CampaignService service;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CaptureOutbox outbox;

    @Test
    void anAudienceLeftUnwrittenIsWrittenAndSentOnceItsWritersLeaseExpires() throws Exception {
        var api = new CampaignClient(mvc, fixtures.operator(Role.MARKETER).token());
        String tag = "relais" + System.nanoTime();
        api.emailClients("Inès", tag, 90);
        api.contact("""
                {"kind":"prospect","firstName":"Ilan","email":"%s.non@destinataires.example","tags":["%s"],
                 "consents":{"EMAIL":"non"}}""".formatted(tag, tag));
        long id = api.campaign(CampaignClient.emailToTag("Relais", tag));

        long started = System.nanoTime();
        assertThat((Boolean) transactions.execute(tx -> service.start(id))).isTrue();
        JsonNode stopped = api.campaign(id);
        assertThat(stopped.get("status").asString()).isEqualTo("SENDING");
        assertThat(stopped.get("audience").asLong()).as("nothing written by the stopped node").isZero();

        JsonNode done = api.awaitStatus(id, "SENT", Duration.ofSeconds(30));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("taken over after the lease")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(done.get("audience").asLong()).isEqualTo(90);
        assertThat(done.get("sent").asLong()).isEqualTo(90);
        assertThat(done.get("excludedBy").get("NO_CONSENT").asLong()).isEqualTo(1);
        assertThat(done.get("excludedBy").get("FREQUENCY_CAP").asLong()).isZero();
        List<String> recipients = outbox.newestFirst().stream()
                .filter(m -> m instanceof CapturedMessage.Email email && email.email().messageId()
                        .contains("." + id + "@"))
                .map(m -> ((CapturedMessage.Email) m).email().to()).toList();
        assertThat(recipients).hasSize(90).doesNotHaveDuplicates();
    }
}
