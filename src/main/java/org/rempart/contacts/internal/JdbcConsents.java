package org.rempart.contacts.internal;

import java.time.Clock;
import java.util.List;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ConsentStatus;
import org.rempart.contacts.Consents;
import org.rempart.vault.IndexedField;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Withdrawals from the contacts themselves: the current choice becomes NO, and the history says how. */
@Service
class JdbcConsents implements Consents {

    private final JdbcTemplate jdbc;
    private final ContactRepository contacts;
    private final AddressIndexer indexer;
    private final Clock clock;

    JdbcConsents(JdbcTemplate jdbc, ContactRepository contacts, AddressIndexer indexer, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.indexer = indexer;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean withdraw(long contactId, Channel channel, Withdrawal how, String reference) {
        String column = channel == Channel.EMAIL ? "consent_email" : "consent_sms";
        int changed = jdbc.update("UPDATE contact SET " + column + " = 'NO' WHERE id = ? AND (" + column
                + " IS NULL OR " + column + " <> 'NO')", contactId);
        if (changed == 0) {
            return false;
        }
        var proof = new ConsentProof(how.name(), null, null, null, reference);
        contacts.insertConsents(List.of(new ContactRepository.ConsentChange(contactId, channel, ConsentStatus.NO,
                proof, null)), clock.instant());
        return true;
    }

    @Override
    public List<Long> contactsAt(Channel channel, String address) {
        IndexedField field = channel == Channel.EMAIL ? IndexedField.EMAIL : IndexedField.MOBILE;
        String index = indexer.index(field, address);
        if (index == null) {
            return List.of();
        }
        String column = channel == Channel.EMAIL ? "email_index" : "mobile_index";
        return jdbc.queryForList("SELECT contact_id FROM contact_address WHERE " + column + " = ? ORDER BY contact_id",
                Long.class, index);
    }
}
