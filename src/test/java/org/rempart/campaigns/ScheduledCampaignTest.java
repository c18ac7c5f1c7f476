package org.rempart.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.delivery.outbox.CaptureOutbox;
import org.rempart.delivery.outbox.CapturedMessage;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A campaign sent with a {@code scheduledAt} in the future waits SCHEDULED, with nothing written
 * nor sent, until that time, and then goes out on its own; one whose {@code scheduledAt} has
 * passed starts at the send, as if it had none. The schedule is checked every 200 ms in the tests.
 */
@StorageTest
class ScheduledCampaignTest {

    private final CampaignClient api;
    private final CaptureOutbox outbox;

    @Autowired
    ScheduledCampaignTest(MockMvc mvc, IdentityFixtures fixtures, CaptureOutbox outbox) {
        this.api = new CampaignClient(mvc, fixtures.operator(Role.MARKETER).token());
        this.outbox = outbox;
    }

    @Test
    void aCampaignScheduledAheadSendsNothingBeforeItsTimeThenGoesOut() throws Exception {
        String tag = "later" + System.nanoTime();
        api.emailClients("Rose", tag, 3);
        Instant at = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        long id = api.campaign(CampaignClient.emailToTag("Plus tard", tag, at));

        JsonNode answer = api.ok(post("/api/campaigns/" + id + "/send"), null);
        assertThat(answer.get("status").asString()).isEqualTo("SCHEDULED");
        JsonNode state = answer;
        List<CapturedMessage> captured = messagesTo(tag);
        // Only looks that ended before the scheduled time count: one ending after it proves nothing.
        for (Instant seen = Instant.now(); seen.isBefore(at); seen = Instant.now()) {
            assertThat(state.get("status").asString()).as(state.toString()).isEqualTo("SCHEDULED");
            assertThat(state.get("startedAt").isNull()).as(state.toString()).isTrue();
            assertThat(state.get("audience").asLong() + state.get("sent").asLong()).isZero();
            assertThat(captured).isEmpty();
            Thread.sleep(100);
            state = api.campaign(id);
            captured = messagesTo(tag);
        }
        JsonNode done = api.awaitStatus(id, "SENT", Duration.ofSeconds(10));

        assertThat(done.get("sent").asLong()).isEqualTo(3);
        Instant scheduledAt = Instant.parse(done.get("scheduledAt").asString());
        assertThat(Instant.parse(done.get("startedAt").asString())).isAfterOrEqualTo(scheduledAt);
        assertThat(messagesTo(tag)).hasSize(3).allSatisfy(m -> assertThat(m.at()).isAfterOrEqualTo(scheduledAt));
    }

    @Test
    void aCampaignScheduledInThePastStartsAtTheSend() throws Exception {
        String tag = "past" + System.nanoTime();
        api.emailClients("Rose", tag, 3);
        Instant at = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        long id = api.campaign(CampaignClient.emailToTag("Déjà l'heure", tag, at));

        // The send answers once the audience is written: started by the send, not by a later check of the schedule.
        JsonNode answer = api.ok(post("/api/campaigns/" + id + "/send"), null);
        assertThat(answer.get("status").asString()).as(answer.toString()).isIn("SENDING", "SENT");
        assertThat(answer.get("audience").asLong()).isEqualTo(3);

        assertThat(api.awaitStatus(id, "SENT", Duration.ofSeconds(10)).get("sent").asLong()).isEqualTo(3);
    }

    /** The outbox's messages to the contacts tagged {@code tag}, whose addresses start with it. */
    private List<CapturedMessage> messagesTo(String tag) {
        return outbox.newestFirst().stream()
                .filter(m -> m instanceof CapturedMessage.Email email && email.email().to().startsWith(tag + "."))
                .toList();
    }
}
