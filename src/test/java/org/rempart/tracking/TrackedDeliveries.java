package org.rempart.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.rempart.contacts.Channel;
import org.rempart.delivery.DeliveryRef;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.platform.DbTime;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contacts created through the API (their identifiers go to the vault, as in production) and
 * delivery rows for them, as the dispatch engine writes them. Campaign ids and addresses are
 * unique in the run: the tests share one database.
 */
public final class TrackedDeliveries {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L * 10);

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final String marketer;

    public TrackedDeliveries(MockMvc mvc, JdbcClient jdbc, IdentityFixtures fixtures) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.marketer = fixtures.operator(Role.MARKETER).token();
    }

    public static long unique() {
        return NEXT.incrementAndGet();
    }

    public static String email() {
        return "camille.tracking" + unique() + "@example.fr";
    }

    /** A French mobile number in the 076 range, which other test suites leave alone. */
    public static String mobile() {
        return String.format("+3376%07d", unique() % 10_000_000L);
    }

    public long contact(String email, String mobile) throws Exception {
        String body = """
                {"kind":"client","lastName":"Durand","firstName":"Camille","email":"%s"%s,
                 "consents":{"EMAIL":"yes","SMS":"yes"},"consentWording":"Offres par courriel et SMS"}"""
                .formatted(email, mobile == null ? "" : ",\"mobile\":\"" + mobile + "\"");
        var response = mvc.perform(post("/api/contacts").header("Authorization", "Bearer " + marketer)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.getContentAsString()).get("id").asLong();
    }

    public DeliveryRef delivery(long campaignId, long contactId, Channel channel) {
        Instant now = Instant.now();
        jdbc.sql("""
                INSERT INTO delivery (campaign_id, contact_id, channel, status, attempts, next_attempt_at, created_at,
                    sent_at, bounced) VALUES (?, ?, ?, 'SENT', 1, ?, ?, ?, FALSE)""")
                .params(campaignId, contactId, channel.name(), DbTime.of(now), DbTime.of(now), DbTime.of(now)).update();
        long id = jdbc.sql("SELECT id FROM delivery WHERE campaign_id = ? AND contact_id = ?")
                .params(campaignId, contactId).query(Long.class).single();
        return new DeliveryRef(id, campaignId, contactId, channel);
    }

    public String consent(long contactId, Channel channel) {
        return jdbc.sql("SELECT consent_" + channel.name().toLowerCase() + " FROM contact WHERE id = ?")
                .param(contactId).query(String.class).single();
    }

    /** The audit entries of an action about a contact, with their details. */
    public List<String> auditDetails(String action, long contactId) {
        return jdbc.sql("""
                SELECT e.detail FROM audit_entry e JOIN audit_subject s ON s.seq = e.seq
                WHERE e.action = ? AND s.range_from <= ? AND s.range_to >= ? ORDER BY e.seq""")
                .params(action, contactId, contactId).query(String.class).list();
    }
}
