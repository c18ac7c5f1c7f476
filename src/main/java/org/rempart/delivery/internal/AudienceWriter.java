package org.rempart.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rempart.contacts.Audiences;
import org.rempart.contacts.SqlFilter;
import org.rempart.delivery.AudienceFigures;
import org.rempart.delivery.AudienceWritten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a campaign's audience into its deliveries in chunks of the segment's contacts, in
 * increasing order of contact id, each committed on its own: the workers send a chunk while the
 * next is written, and as the ranges they cut only ever follow the last contact they read, a
 * chunk committed later never falls behind them. Each chunk moves the written mark by
 * compare-and-set, so that two writers (a slow one and the node that took it over) never write
 * the same chunk twice. Each chunk counts whom it left out and why with what it wrote; once
 * complete, the audience's figures are published as {@link AudienceWritten}.
 */
@Component
class AudienceWriter {

    private static final Logger log = LoggerFactory.getLogger(AudienceWriter.class);

    private final AudienceRepository repository;
    private final Audiences audiences;
    private final TransactionTemplate transactions;
    private final DispatchSignal signal;
    private final DispatchSettings settings;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    AudienceWriter(AudienceRepository repository, Audiences audiences, TransactionTemplate transactions,
            DispatchSignal signal, DispatchSettings settings, ApplicationEventPublisher events, JsonMapper json,
            Clock clock) {
        this.repository = repository;
        this.audiences = audiences;
        this.transactions = transactions;
        this.signal = signal;
        this.settings = settings;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * In the transaction that starts the campaign: records its audience (the filter, compiled here,
     * and the segment's contacts up to the highest id it has now), none of it written, under this
     * writer's lease.
     */
    void begin(long campaignId, JsonNode filter, int frequencyCap) {
        long lastContact = repository.lastContact(audiences.segment(filter));
        Instant now = clock.instant();
        repository.begin(campaignId, json.writeValueAsString(filter), frequencyCap, now, lastContact,
                now.plus(settings.lease()));
    }

    /**
     * Writes what is left of the campaign's audience, then its figures. Returns early when another
     * writer moved on first, or on a database error, which it logs: the writing is then taken
     * over once its lease expires.
     */
    void write(long campaignId) {
        try {
            Optional<PendingAudience> pending = repository.pending(campaignId);
            while (pending.isPresent() && !pending.get().allWritten()) {
                if (!writeChunk(pending.get())) {
                    return;
                }
                signal.wake();
                pending = repository.pending(campaignId);
            }
            pending.ifPresent(this::complete);
        } catch (DataAccessException e) {
            log.warn("Audience of campaign {} left to be taken over ({})", campaignId, e.getClass().getSimpleName());
        }
    }

    /** The campaigns whose writer stopped that this node now writes: their leases are now its own. */
    List<Long> takeOverAbandoned() {
        Instant now = clock.instant();
        List<Long> taken = new ArrayList<>();
        for (long campaignId : repository.abandoned(now)) {
            if (repository.takeOver(campaignId, now, now.plus(settings.lease()))) {
                taken.add(campaignId);
            }
        }
        return taken;
    }

    /**
     * The audience's next chunk, committed with the mark it moves; false, and nothing written,
     * when another writer had moved the mark or the campaign was cancelled.
     */
    boolean writeChunk(PendingAudience audience) {
        JsonNode filter = json.readTree(audience.filter());
        long upTo = repository.chunkEnd(audiences.segment(filter), audience.writtenTo(), settings.audienceChunk(),
                audience.lastContact());
        SqlFilter chunk = audiences.audience(filter, audience.channel(), audience.writtenTo(), upTo);
        try {
            return Boolean.TRUE.equals(transactions.execute(tx -> writeChunk(audience, chunk, upTo, tx)));
        } catch (DuplicateKeyException e) {
            return false; // another writer committed this chunk first
        }
    }

    private boolean writeChunk(PendingAudience audience, SqlFilter chunk, long upTo, TransactionStatus tx) {
        AudienceRepository.Chunk written = repository.insert(audience, chunk);
        if (audience.writtenTo() == 0) {
            // The workers' range cuts read the new rows in order only once the planner knows of
            // them; the table's lock, which this takes, is held until the chunk commits.
            repository.refreshStatisticsIfGrown(written.written());
        }
        // Last, as it locks the dispatch row that the workers' range cuts lock too.
        if (!repository.advance(audience.campaignId(), audience.writtenTo(), upTo, written,
                clock.instant().plus(settings.lease()))) {
            tx.setRollbackOnly();
            return false;
        }
        return true;
    }

    /** Marks the audience complete with its figures, as its chunks counted them. */
    private void complete(PendingAudience audience) {
        transactions.executeWithoutResult(tx -> {
            if (repository.complete(audience.campaignId(), audience.writtenTo())) {
                events.publishEvent(new AudienceWritten(audience.campaignId(),
                        new AudienceFigures(audience.written(), audience.excluded())));
            }
        });
    }
}
