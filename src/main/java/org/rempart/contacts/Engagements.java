package org.rempart.contacts;

import java.time.Instant;

/** Opens and clicks, reported by tracking: they set a contact's last activity and make it "engaged". */
public interface Engagements {

    enum Kind {
        OPEN,
        CLICK
    }

    void record(long contactId, Channel channel, Kind kind, Instant at);
}
