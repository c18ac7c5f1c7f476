package org.rempart.delivery.email;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLSocketFactory;
import org.rempart.bench.BenchContext;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.internal.SendGate;
import org.rempart.delivery.internal.SendOutcome;
import org.slf4j.LoggerFactory;

/**
 * Rempart's SMTP transport (MIME built per message, DKIM on or off, pooled connections) against
 * the in-process {@link SmtpSink}, beside the two bounds it is judged by: the sink's raw rate for
 * pre-built messages of the same size over the same connections ({@link SmtpFloor}) and the
 * rate of RSA-2048 signatures on all cores ({@link DkimCeiling}). No storage or decryption: the
 * dispatch engine's end-to-end harness measures those.
 *
 * <pre>java -cp target/benchmarks.jar org.rempart.delivery.email.SmtpTransportHarness [messages] [connections] [bytes]</pre>
 */
public final class SmtpTransportHarness {

    /** Messages per hand-over: the engine's default for messages between two writes of their results. */
    private static final int GROUP = 10;

    private SmtpTransportHarness() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int bytes = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        try (var sink = new SmtpSink(); var rempart = BenchContext.start()) {
            var signing = rempart.bean(WireMessages.class);
            var unsigned = new WireMessages(new DkimSettings(false, "rempart"), rempart.bean(DkimKeys.class),
                    java.time.Clock.systemUTC());
            var settings = SmtpFloor.settings("127.0.0.1", sink.port(), connections);

            SmtpFloor.measure("127.0.0.1", sink.port(), connections, bytes, Math.min(messages, 5_000)); // warm-up
            var floor = SmtpFloor.measure("127.0.0.1", sink.port(), connections, bytes, messages);
            double ceiling = DkimCeiling.signaturesPerSecond(Duration.ofSeconds(10));
            double off = rate(new SmtpTransport(settings, unsigned, (SSLSocketFactory) SSLSocketFactory.getDefault()),
                    messages, bytes);
            double on = rate(new SmtpTransport(settings, signing, (SSLSocketFactory) SSLSocketFactory.getDefault()),
                    messages, bytes);

            System.out.printf("messages: %,d of about %,d bytes, %d connections, %d cores%n", messages,
                    floor.messageBytes(), connections, Runtime.getRuntime().availableProcessors());
            System.out.printf("floor (pre-built messages): %,.0f messages/s%n", floor.perSecond());
            System.out.printf("transport, DKIM off: %,.0f messages/s (%.0f%% of the floor)%n", off,
                    100 * off / floor.perSecond());
            System.out.printf("DKIM ceiling: %,.0f RSA-2048 signatures/s%n", ceiling);
            System.out.printf("transport, DKIM on: %,.0f messages/s (%.0f%% of the ceiling)%n", on, 100 * on / ceiling);
            System.out.printf("sink: %,d messages, %,d connections%n", sink.messages(), sink.connectionsAccepted());
        }
    }

    /** Warms up, then sends {@code messages}, handed over as the dispatch engine does. */
    private static double rate(SmtpTransport transport, int messages, int bytes) throws InterruptedException {
        try (transport) {
            send(transport, Math.min(messages, 5_000), bytes);
            long start = System.nanoTime();
            send(transport, messages, bytes);
            return messages / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Groups of {@value #GROUP} from two virtual threads per connection, as the dispatch engine's workers hand them. */
    private static void send(SmtpTransport transport, int messages, int bytes) throws InterruptedException {
        var next = new AtomicLong();
        var failed = new LongAdder();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 2 * transport.connections(); w++) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (long n; (n = next.getAndAdd(GROUP)) < messages;) {
                    List<OutgoingEmail> group = new ArrayList<>();
                    for (long i = n; i < Math.min(messages, n + GROUP); i++) {
                        group.add(BenchEmails.of(i, bytes));
                    }
                    List<SendOutcome> outcomes = transport.send(group, SendGate.OPEN);
                    failed.add(group.size() - outcomes.stream().filter(SendOutcome.Sent.class::isInstance).count());
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failed.sum() > 0) {
            throw new IllegalStateException(failed.sum() + " messages were not accepted");
        }
    }
}
