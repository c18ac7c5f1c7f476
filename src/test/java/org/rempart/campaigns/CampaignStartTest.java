package org.rempart.campaigns;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A campaign sent now starts at once, however long the idle workers' poll: they are woken once
 * the send has committed, not before, when they would find nothing and sleep out the poll. The
 * short lease and heartbeat are for {@link org.rempart.campaigns.internal.AudienceTakeoverTest},
 * which shares this context.
 */
@StorageTest
@TestPropertySource(properties = {"rempart.dispatch.poll=30s", "rempart.dispatch.lease=2s",
    "rempart.dispatch.heartbeat=300ms"})
class CampaignStartTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;

    @Test
    void aCampaignSentNowGoesOutWithoutWaitingForThePoll() throws Exception {
        var api = new CampaignClient(mvc, fixtures.operator(Role.MARKETER).token());
        String tag = "start" + System.nanoTime();
        api.emailClients("Noé", tag, 3);
        long id = api.campaign(CampaignClient.emailToTag("Départ", tag));

        api.sendAndWait(id, Duration.ofSeconds(10));
    }
}
