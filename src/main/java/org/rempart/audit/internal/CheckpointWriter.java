package org.rempart.audit.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.rempart.audit.CheckpointSigner;
import org.rempart.platform.CommandLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signs the head of the chain whenever it moved, at the checkpoint interval and at shutdown, and
 * appends it to the checkpoint file and to the {@code rempart.audit.checkpoint} logger (which
 * operators may route to syslog). Whoever rewrites the chain in the database cannot sign, so
 * the rewrite contradicts the checkpoints: at most one interval of entries is unprotected.
 * Each node writes its own file.
 */
@Component
class CheckpointWriter {

    private static final Logger checkpointLog = LoggerFactory.getLogger("rempart.audit.checkpoint");
    private static final Logger log = LoggerFactory.getLogger(CheckpointWriter.class);

    private final JdbcTemplate jdbc;
    private final CheckpointSigner signer;
    private final CheckpointFile file;
    private final Clock clock;
    private final CommandLine commandLine;
    private final ReentrantLock writing = new ReentrantLock();
    /** The last checkpoint this process wrote; none yet, so the first tick writes one. */
    private Checkpoint lastWritten;

    CheckpointWriter(JdbcTemplate jdbc, CheckpointSigner signer, CheckpointFile file, Clock clock,
            CommandLine commandLine) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.file = file;
        this.clock = clock;
        this.commandLine = commandLine;
    }

    @Scheduled(fixedDelayString = "${rempart.audit.checkpoint-interval:60s}",
            initialDelayString = "${rempart.audit.checkpoint-interval:60s}")
    void onInterval() {
        if (!commandLine.active()) {
            writeIfMoved();
        }
    }

    @EventListener(ContextClosedEvent.class)
    void onShutdown() {
        if (commandLine.active()) {
            return;
        }
        try {
            writeIfMoved();
        } catch (DataAccessException e) {
            log.warn("No audit checkpoint at shutdown: the database is not reachable ({})", e.getClass().getSimpleName());
        }
    }

    /** Signs and appends the head if it moved since this process last did; returns what was written. */
    Optional<Checkpoint> writeIfMoved() {
        writing.lock();
        try {
            Checkpoint head = jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
                    (rs, n) -> new Checkpoint(rs.getLong(1), rs.getBytes(2), clock.instant()));
            if (head.seq() == 0 || lastWritten != null && head.seq() == lastWritten.seq()
                    && Arrays.equals(head.hash(), lastWritten.hash())) {
                return Optional.empty();
            }
            String line = file.append(head, signer.sign(head.signedBytes()));
            checkpointLog.info(line);
            lastWritten = head;
            return Optional.of(head);
        } finally {
            writing.unlock();
        }
    }
}
