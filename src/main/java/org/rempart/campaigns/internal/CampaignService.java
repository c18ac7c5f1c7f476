package org.rempart.campaigns.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.Outcome;
import org.rempart.contacts.Audiences;
import org.rempart.delivery.AudienceWritten;
import org.rempart.delivery.CampaignDispatched;
import org.rempart.delivery.Dispatch;
import org.rempart.delivery.DispatchHalted;
import org.rempart.platform.RequestRejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign's lifecycle. Sending hands the campaign to the engine, which writes the audience of
 * the segment as it is at that moment (consent, suppression and frequency cap applied in each
 * chunk's statement) and sends it as it is written; the engine's events record the audience's
 * figures, and finish or pause the campaign.
 */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final CampaignContent content;
    private final Audiences audiences;
    private final Dispatch dispatch;
    private final AuditLog audit;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int frequencyCap;

    CampaignService(CampaignRepository campaigns, CampaignContent content, Audiences audiences, Dispatch dispatch,
            AuditLog audit, JsonMapper json, TransactionTemplate transactions, Clock clock,
            @Value("${rempart.campaigns.frequency-cap:3}") int frequencyCap) {
        if (frequencyCap < 1) {
            throw new IllegalStateException("REMPART_CAMPAIGNS_FREQUENCY_CAP must be at least 1");
        }
        this.campaigns = campaigns;
        this.content = content;
        this.audiences = audiences;
        this.dispatch = dispatch;
        this.audit = audit;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
        this.frequencyCap = frequencyCap;
    }

    public long create(CampaignDraft draft, Long operatorId) {
        CampaignDraft checked = content.check(draft);
        long id = campaigns.insert(checked, operatorId, clock.instant());
        audit.append(AuditRecord.action("campaigns.create", Outcome.SUCCESS, "campaign " + id + ", "
                + draft.channel()));
        return id;
    }

    public void update(long id, CampaignDraft draft) {
        Campaign current = get(id);
        if (draft.channel() != current.channel()) {
            throw RequestRejectedException.badRequest("The channel of a campaign cannot change");
        }
        if (!campaigns.update(id, content.check(draft), clock.instant())) {
            throw RequestRejectedException.conflict("Campaign " + id + " is " + get(id).status()
                    + ": it can no longer be edited");
        }
    }

    public Campaign get(long id) {
        return campaigns.find(id).orElseThrow(() -> RequestRejectedException.notFound("No such campaign: " + id));
    }

    public List<Campaign> recent() {
        return campaigns.recent(200);
    }

    /**
     * Sends now, or at the campaign's scheduled time when that is in the future; sending now
     * returns once the audience is written, its first messages already sent meanwhile.
     */
    public void send(long id) {
        Campaign campaign = get(id);
        Instant now = clock.instant();
        boolean later = campaign.scheduledAt() != null && campaign.scheduledAt().isAfter(now);
        boolean started = Boolean.TRUE.equals(transactions.execute(tx -> {
            if (later) {
                require(campaigns.transition(id, EnumSet.of(CampaignStatus.DRAFT), CampaignStatus.SCHEDULED, null,
                        now), id, "scheduled");
            }
            boolean handed = !later && start(id);
            audit.append(AuditRecord.action("campaigns.send", Outcome.SUCCESS, "campaign " + id
                    + (later ? ", scheduled for " + campaign.scheduledAt() : "")));
            return handed;
        }));
        if (started) {
            dispatch.writeAudience(id);
        }
    }

    /** Starts the campaign and writes its audience; false when another node started it first. */
    public boolean begin(long id) {
        if (!Boolean.TRUE.equals(transactions.execute(tx -> start(id)))) {
            return false;
        }
        dispatch.writeAudience(id);
        return true;
    }

    /**
     * Moves the campaign to SENDING and hands it to the engine, in the caller's transaction, which
     * must commit before its audience is written; false when another node did it first.
     */
    boolean start(long id) {
        Instant now = clock.instant();
        if (!campaigns.transition(id, EnumSet.of(CampaignStatus.DRAFT, CampaignStatus.SCHEDULED),
                CampaignStatus.SENDING, null, now)) {
            if (get(id).status() == CampaignStatus.SCHEDULED || get(id).status() == CampaignStatus.DRAFT) {
                return false;
            }
            throw RequestRejectedException.conflict("Campaign " + id + " is " + get(id).status()
                    + ": it cannot be sent again");
        }
        Campaign campaign = get(id);
        JsonNode filter = campaign.segmentId() != null ? audiences.segmentFilter(campaign.segmentId())
                : json.readTree(campaign.filter());
        content.prepare(campaign);
        campaigns.recordFilter(id, json.writeValueAsString(filter));
        dispatch.start(id, campaign.channel(), filter, frequencyCap, now);
        return true;
    }

    public void pause(long id) {
        get(id);
        require(campaigns.transition(id, EnumSet.of(CampaignStatus.SENDING), CampaignStatus.PAUSED, null,
                clock.instant()), id, "paused");
        dispatch.pause(id);
        audit.append(AuditRecord.action("campaigns.pause", Outcome.SUCCESS, "campaign " + id));
    }

    public void resume(long id) {
        get(id);
        require(campaigns.transition(id, EnumSet.of(CampaignStatus.PAUSED), CampaignStatus.SENDING, null,
                clock.instant()), id, "resumed");
        dispatch.resume(id);
        audit.append(AuditRecord.action("campaigns.resume", Outcome.SUCCESS, "campaign " + id));
    }

    @Transactional
    public void cancel(long id) {
        get(id);
        require(campaigns.transition(id, CampaignStatus.CANCELLABLE, CampaignStatus.CANCELLED, null,
                clock.instant()), id, "cancelled");
        dispatch.cancel(id);
        audit.append(AuditRecord.action("campaigns.cancel", Outcome.SUCCESS, "campaign " + id));
    }

    @EventListener
    void on(AudienceWritten event) {
        campaigns.recordAudience(event.campaignId(), event.figures().audience(), event.figures().excluded());
    }

    /** Paused too: the last batch may finish between an operator's pause and the engine's. */
    @EventListener
    void on(CampaignDispatched event) {
        campaigns.transition(event.campaignId(), EnumSet.of(CampaignStatus.SENDING, CampaignStatus.PAUSED),
                CampaignStatus.SENT, null, clock.instant());
    }

    @EventListener
    void on(DispatchHalted event) {
        campaigns.transition(event.campaignId(), EnumSet.of(CampaignStatus.SENDING), CampaignStatus.PAUSED,
                event.reason(), clock.instant());
    }

    private void require(boolean moved, long id, String what) {
        if (!moved) {
            throw RequestRejectedException.conflict("Campaign " + id + " is " + get(id).status() + ": it cannot be "
                    + what);
        }
    }
}
