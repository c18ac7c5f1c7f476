package org.rempart.tracking;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.rempart.contacts.Channel;
import org.rempart.contacts.internal.ConsentProof;
import org.rempart.contacts.internal.ContactField;
import org.rempart.contacts.internal.ContactService;
import org.rempart.contacts.internal.RawContact;
import org.rempart.delivery.DeliveryRef;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contacts created by the contacts module's service (their identifiers go to the vault, as in
 * production) and delivery rows for them, as the dispatch engine writes them. Campaign ids and
 * addresses are unique in the run: the tests share one database.
 */
@Component
public class TrackedDeliveries {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L * 10);

    private final ContactService contacts;
    private final JdbcClient jdbc;

    TrackedDeliveries(ContactService contacts, JdbcClient jdbc) {
        this.contacts = contacts;
        this.jdbc = jdbc;
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

    /** A client who said yes to email and SMS. */
    public long contact(String email, String mobile) {
        Map<ContactField, String> fields = new HashMap<>(Map.of(ContactField.KIND, "client", ContactField.LAST_NAME,
                "Durand", ContactField.FIRST_NAME, "Camille", ContactField.EMAIL, email, ContactField.CONSENT_EMAIL,
                "yes", ContactField.CONSENT_SMS, "yes"));
        if (mobile != null) {
            fields.put(ContactField.MOBILE, mobile);
        }
        return contacts.create(new RawContact(fields, Map.of()), "tracking test",
                new ConsentProof("API", "Offres par courriel et SMS", null, null, null));
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
