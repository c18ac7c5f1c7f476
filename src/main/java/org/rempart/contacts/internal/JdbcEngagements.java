package org.rempart.contacts.internal;

import java.time.Instant;
import org.rempart.contacts.Channel;
import org.rempart.contacts.Engagements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcEngagements implements Engagements {

    private final ContactRepository contacts;

    JdbcEngagements(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    @Transactional
    public void record(long contactId, Channel channel, Kind kind, Instant at) {
        contacts.recordEngagement(contactId, channel, kind.name(), at);
    }
}
