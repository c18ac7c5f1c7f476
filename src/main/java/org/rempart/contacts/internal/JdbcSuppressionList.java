package org.rempart.contacts.internal;

import java.time.Clock;
import org.rempart.contacts.Channel;
import org.rempart.contacts.SuppressionList;
import org.rempart.vault.IndexedField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcSuppressionList implements SuppressionList {

    private final ContactRepository contacts;
    private final AddressIndexer indexer;
    private final Clock clock;

    JdbcSuppressionList(ContactRepository contacts, AddressIndexer indexer, Clock clock) {
        this.contacts = contacts;
        this.indexer = indexer;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean suppress(long contactId, Channel channel, Reason reason) {
        var addresses = contacts.addresses(contactId).orElse(null);
        String index = addresses == null ? null : channel == Channel.EMAIL ? addresses.email() : addresses.mobile();
        if (index == null) {
            return false;
        }
        contacts.suppress(channel, index, reason.name(), clock.instant());
        return true;
    }

    @Override
    public boolean isSuppressed(Channel channel, String address) {
        String index = indexer.index(channel == Channel.EMAIL ? IndexedField.EMAIL : IndexedField.MOBILE, address);
        return index != null && contacts.isSuppressed(channel, index);
    }
}
