package org.rempart.delivery.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.internal.EmailTransport;
import org.rempart.delivery.internal.SendGate;
import org.rempart.delivery.internal.SendOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends email through an SMTP relay over a pool of connections, each reused for many messages and
 * served by a platform thread of its own: the dispatch engine's virtual threads build the messages
 * and hand them over a group at a time. An SMTP exchange waits for four replies per message, and on
 * a virtual thread each wait parks and wakes it again, which costs more than a platform thread's
 * blocking read; a hand-over too wakes two threads, hence once per group.
 * The envelope sender of each message is its VERP bounce address. Outcomes keep status codes
 * only, never a server's text nor an address: a 2xx is {@code Sent}; a 4xx, a lost connection
 * or a timeout is a {@code TemporaryFailure}; a 5xx refusing the recipient or the message is a
 * {@code PermanentFailure}; a server that cannot be reached {@value #DOWN_AFTER} times in a row is
 * {@code Unreachable}; a refused authentication or envelope sender is {@code ChannelDown}.
 */
public final class SmtpTransport implements EmailTransport, AutoCloseable {

    /** Failed connection attempts in a row, across the pool, after which the channel is down. */
    static final int DOWN_AFTER = 3;

    /** The longest wait between two looks for blocked writes. */
    private static final Duration WATCH_EVERY = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(SmtpTransport.class);

    private final SmtpSettings settings;
    private final WireMessages messages;
    private final BlockingDeque<Job> jobs = new LinkedBlockingDeque<>();
    private final List<SmtpConnection> connections = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ScheduledExecutorService watchdog;
    private final AtomicInteger failedOpenings = new AtomicInteger();
    /** How many of the connections this node uses: its share of them across the nodes. */
    private volatile int shared;
    private volatile boolean closed;

    /** A group of messages waiting for a connection, and their outcomes once sent. */
    private record Job(List<Item> items, SendGate gate, CompletableFuture<List<SendOutcome>> outcomes) {
    }

    /** A message of a group: ready for the wire, or refused before it, its address being invalid. */
    private sealed interface Item {

        record Prepared(OutgoingEmail email, WireMessage message) implements Item {
        }

        record Invalid() implements Item {
        }
    }

    public SmtpTransport(SmtpSettings settings, WireMessages messages, SSLSocketFactory tls) {
        this.settings = settings;
        this.messages = messages;
        shared = settings.connections();
        for (int i = 0; i < settings.connections(); i++) {
            var connection = new SmtpConnection(settings, tls);
            connections.add(connection);
            int index = i;
            threads.add(Thread.ofPlatform().daemon().name("smtp-" + i).start(() -> serve(connection, index)));
        }
        watchdog = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("smtp-watchdog")
                .factory());
        long period = Math.max(1, Math.min(settings.timeout().toMillis() / 2, WATCH_EVERY.toMillis()));
        watchdog.scheduleWithFixedDelay(this::cutBlockedWrites, period, period, TimeUnit.MILLISECONDS);
    }

    /** A write blocked longer than the timeout closes its connection: the message fails as timed out. */
    private void cutBlockedWrites() {
        for (SmtpConnection connection : connections) {
            if (connection.cutIfBlocked()) {
                log.warn("An SMTP write was blocked for more than {}: connection closed", settings.timeout());
            }
        }
    }

    @Override
    public int connections() {
        return settings.connections();
    }

    /**
     * From now on, only the first {@code connections} threads take groups; the others close their
     * connection within {@link #WATCH_EVERY} once they are idle.
     */
    @Override
    public void share(int connections) {
        shared = Math.clamp(connections, 1, settings.connections());
    }

    /**
     * Builds the group's messages on the calling thread, with one builder, then hands the group to
     * a connection's thread at once: one hand-over per group rather than per message.
     */
    @Override
    public List<SendOutcome> send(List<OutgoingEmail> emails, SendGate gate) {
        WireMessages.Builder builder = messages.builder();
        return hand(new Job(emails.stream().map(email -> item(builder, email)).toList(), gate,
                new CompletableFuture<>()), false);
    }

    /** Queues the job, {@code ahead} of the others or behind them, and waits for its outcomes. */
    private List<SendOutcome> hand(Job job, boolean ahead) {
        if (ahead) {
            jobs.addFirst(job);
        } else {
            jobs.addLast(job);
        }
        if (closed) {
            refuseWaitingJobs();
        }
        try {
            return job.outcomes().get();
        } catch (InterruptedException e) {
            // Once handed over, a message may be on the wire and its outcome is what the engine must
            // record: the group stops at its next message, and what went is waited for.
            job.gate().stop();
            List<SendOutcome> outcomes = job.outcomes().join();
            Thread.currentThread().interrupt();
            return outcomes;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a connection's thread never fails a group", e);
        }
    }

    /**
     * A test send goes ahead of the campaigns' groups waiting for a connection: an operator waits
     * for it.
     */
    @Override
    public SendOutcome send(OutgoingEmail email) {
        List<SendOutcome> outcomes = hand(new Job(List.of(item(messages.builder(), email)), SendGate.OPEN,
                new CompletableFuture<>()), true);
        return outcomes.isEmpty() ? new SendOutcome.TemporaryFailure("transport closed") : outcomes.getFirst();
    }

    private static Item item(WireMessages.Builder builder, OutgoingEmail email) {
        try {
            return new Item.Prepared(email, builder.build(email));
        } catch (AddressException e) {
            return new Item.Invalid();
        }
    }

    /**
     * One connection's thread: sends the groups it takes until the transport closes, while its
     * connection is within this node's share; beyond it, keeps its connection closed.
     */
    private void serve(SmtpConnection connection, int index) {
        try {
            while (true) {
                if (index >= shared) {
                    connection.close();
                    Thread.sleep(WATCH_EVERY);
                    continue;
                }
                Job job = jobs.poll(WATCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                if (job == null) {
                    continue;
                }
                if (index >= shared) {
                    jobs.addFirst(job); // the share shrank while this thread waited: another one sends it
                    continue;
                }
                List<SendOutcome> outcomes = new ArrayList<>();
                try {
                    send(connection, job, outcomes);
                } finally {
                    // Whatever ended the group, its worker gets the outcomes of what went.
                    job.outcomes().complete(outcomes);
                }
            }
        } catch (InterruptedException e) {
            // The transport is closing.
        } finally {
            connection.close();
        }
    }

    /** Adds the outcomes of the group's messages tried, in order; see {@link EmailTransport#send(List, SendGate)}. */
    private void send(SmtpConnection connection, Job job, List<SendOutcome> outcomes) {
        try {
            for (Item item : job.items()) {
                if (closed) {
                    break;
                }
                if (item instanceof Item.Prepared prepared) {
                    if (!job.gate().enter(prepared.email())) {
                        break;
                    }
                    try {
                        outcomes.add(sendOrFail(connection, prepared));
                    } finally {
                        job.gate().leave(prepared.email());
                    }
                } else {
                    outcomes.add(SendOutcome.PermanentFailure.invalidAddress());
                }
                if (outcomes.getLast().haltsChannel()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.error("An SMTP send gate failed ({}): the rest of its group is left untried",
                    e.getClass().getSimpleName());
        }
    }

    private SendOutcome sendOrFail(SmtpConnection connection, Item.Prepared prepared) {
        try {
            return send(connection, prepared.message());
        } catch (RuntimeException e) {
            connection.close();
            log.error("SMTP connection failed unexpectedly ({})", e.getClass().getSimpleName());
            return new SendOutcome.TemporaryFailure("send error");
        }
    }

    private SendOutcome send(SmtpConnection connection, WireMessage message) {
        if (!connection.ready()) {
            SendOutcome refused = open(connection);
            if (refused != null) {
                return refused;
            }
        }
        try {
            connection.send(message);
            return new SendOutcome.Sent(null);
        } catch (MessagingException e) {
            return refused(connection, e);
        }
    }

    /** Null once open; otherwise why not. */
    private SendOutcome open(SmtpConnection connection) {
        try {
            connection.open();
            failedOpenings.set(0);
            return null;
        } catch (AuthenticationFailedException e) {
            log.warn("The SMTP server {} refused Rempart's authentication", settings.host());
            return new SendOutcome.ChannelDown("authentication refused");
        } catch (MessagingException e) {
            int failures = failedOpenings.incrementAndGet();
            if (failures >= DOWN_AFTER) {
                log.warn("The SMTP server {}:{} could not be reached {} times in a row ({})", settings.host(),
                        settings.port(), failures, e.getClass().getSimpleName());
                return new SendOutcome.Unreachable("server unreachable");
            }
            return new SendOutcome.TemporaryFailure("connection failed");
        }
    }

    private static SendOutcome refused(SmtpConnection connection, MessagingException e) {
        SmtpReply reply = SmtpReply.of(e);
        if (reply == null) {
            boolean timedOut = timedOut(e) || connection.wasCut();
            connection.close();
            return new SendOutcome.TemporaryFailure(timedOut ? "timeout" : "connection lost");
        }
        connection.keepIfConnected();
        if (reply.mailFrom() && reply.permanent()) {
            return new SendOutcome.ChannelDown("sender refused " + reply.status());
        }
        return reply.permanent() ? new SendOutcome.PermanentFailure(reply.status())
                : new SendOutcome.TemporaryFailure(reply.status());
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        closed = true;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(settings.timeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // Last: a thread still in a blocked write (or in QUIT) is freed by the watchdog.
        watchdog.shutdownNow();
        refuseWaitingJobs();
    }

    private void refuseWaitingJobs() {
        for (Job job; (job = jobs.poll()) != null;) {
            job.outcomes().complete(List.of());
        }
    }
}
