package org.rempart.campaigns.internal;

import java.util.Set;

/** A campaign's lifecycle: DRAFT, then SCHEDULED or straight to SENDING, PAUSED and back, then SENT; or CANCELLED. */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    SENDING,
    PAUSED,
    SENT,
    CANCELLED;

    /** Content and audience may change only before sending starts. */
    public boolean editable() {
        return this == DRAFT || this == SCHEDULED;
    }

    static final Set<CampaignStatus> CANCELLABLE = Set.of(DRAFT, SCHEDULED, SENDING, PAUSED);
}
