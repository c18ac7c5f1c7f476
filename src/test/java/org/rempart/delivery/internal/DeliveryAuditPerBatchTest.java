package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.audit.AuditFilter;
import org.rempart.audit.AuditPage;
import org.rempart.audit.AuditTrail;
import org.rempart.audit.ContactIds;
import org.rempart.campaigns.CampaignClient;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.vault.AccessPurpose;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The engine reveals a campaign's recipients one batch at a time: each range it claims is one
 * audit entry with the campaign's delivery purpose, naming exactly that range's contacts, not one
 * entry per recipient. The audience is written in one chunk here, so that every range is cut
 * whole: {@code batch-size} deliveries in contact order, the last one with the rest.
 */
@StorageTest
@TestPropertySource(properties = {"rempart.dispatch.batch-size=" + DeliveryAuditPerBatchTest.BATCH,
    "rempart.dispatch.audience-chunk=1000"})
class DeliveryAuditPerBatchTest {

    static final int BATCH = 10;

    private final CampaignClient api;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    @Autowired
    DeliveryAuditPerBatchTest(MockMvc mvc, IdentityFixtures fixtures, JdbcTemplate jdbc, AuditTrail audit) {
        this.api = new CampaignClient(mvc, fixtures.operator(Role.MARKETER).token());
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Test
    void aCampaignOfTwentyFiveInBatchesOfTenIsThreeDeliveryRevealEntries() throws Exception {
        String tag = "batches" + System.nanoTime();
        api.emailClients("Loïc", tag, 25);
        long id = api.campaign(CampaignClient.emailToTag("Par lots", tag));

        assertThat(api.sendAndWait(id, Duration.ofSeconds(20)).get("sent").asLong()).isEqualTo(25);

        List<ContactIds> batches = batchesOf(jdbc.queryForList(
                "SELECT contact_id FROM delivery WHERE campaign_id = ? ORDER BY contact_id", Long.class, id));
        var purpose = new AccessPurpose.Delivery(id);
        AuditPage reveals = audit.search(new AuditFilter(null, null, "vault.delivery", null, null), 0, 200);
        List<ContactIds> audited = reveals.entries().stream()
                .filter(e -> purpose.kind().equals(e.purpose()) && Objects.equals(e.purposeRef(), purpose.reference()))
                .map(e -> ContactIds.parse(e.subjects())).toList();
        assertThat(reveals.hasNext()).isFalse();
        assertThat(batches).extracting(ContactIds::count).containsExactly(10L, 10L, 5L);
        assertThat(audited).as("one entry per range claimed").containsExactlyInAnyOrderElementsOf(batches);
    }

    /** The ranges the engine cuts from a whole audience: {@link #BATCH} recipients each, in contact order. */
    private static List<ContactIds> batchesOf(List<Long> recipients) {
        List<ContactIds> batches = new ArrayList<>();
        for (int from = 0; from < recipients.size(); from += BATCH) {
            batches.add(ContactIds.of(recipients.subList(from, Math.min(recipients.size(), from + BATCH))));
        }
        return batches;
    }
}
