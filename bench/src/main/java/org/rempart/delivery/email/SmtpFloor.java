package org.rempart.delivery.email;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocketFactory;

/**
 * The floor of the email benchmark: how many pre-built messages of a given size an SMTP server
 * accepts per second over N connections, each reused for every message, through Rempart's own
 * {@link SmtpConnection} (the same Jakarta Mail client, session, sockets and message wrapper as
 * its transport), one platform thread per connection, nothing built nor signed per message.
 *
 * <pre>java -cp target/benchmarks.jar org.rempart.delivery.email.SmtpFloor [messages] [connections] [bytes]</pre>
 * (against an in-process {@link SmtpSink}).
 */
public final class SmtpFloor {

    /** What was measured: messages accepted, in how long. */
    public record Result(long messages, double seconds, int connections, int messageBytes) {

        public double perSecond() {
            return messages / seconds;
        }
    }

    private SmtpFloor() {
    }

    /** Sends {@code messages} copies of one pre-built message of about {@code bodyBytes} of body over {@code connections}. */
    public static Result measure(String host, int port, int connections, int bodyBytes, long messages)
            throws MessagingException, InterruptedException {
        return measure(host, port, connections, EmailMime.of(BenchEmails.of(1, bodyBytes), Instant.now()), messages);
    }

    /** Sends {@code messages} copies of a message of {@code messageBytes} (within 1%) over {@code connections}. */
    public static Result measureMessagesOf(String host, int port, int connections, int messageBytes, long messages)
            throws MessagingException, InterruptedException {
        return measure(host, port, connections, BenchEmails.wireMessageOf(messageBytes), messages);
    }

    private static Result measure(String host, int port, int connections, WireMessage built, long messages)
            throws MessagingException, InterruptedException {
        var settings = settings(host, port, connections);

        var remaining = new AtomicLong(messages);
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            var connection = new SmtpConnection(settings, (SSLSocketFactory) SSLSocketFactory.getDefault());
            threads.add(Thread.ofPlatform().name("smtp-floor-" + c).start(() -> {
                try {
                    connection.open();
                    while (remaining.getAndDecrement() > 0) {
                        connection.send(built);
                    }
                } catch (MessagingException e) {
                    failures.add(e);
                } finally {
                    connection.close();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("The SMTP server refused the floor's messages", failures.getFirst());
        }
        return new Result(messages, seconds, connections, built.bytes().length);
    }

    /** A plain, unauthenticated relay, as the benchmarks' sink is: the floor's settings and the transport's. */
    static SmtpSettings settings(String host, int port, int connections) {
        return new SmtpSettings(host, port, null, null, "none", connections, Duration.ofSeconds(10),
                Duration.ofSeconds(60));
    }

    public static void main(String[] args) throws Exception {
        long messages = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int bytes = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        try (var sink = new SmtpSink()) {
            measure("127.0.0.1", sink.port(), connections, bytes, Math.min(messages, 10_000)); // warm-up
            Result result = measure("127.0.0.1", sink.port(), connections, bytes, messages);
            System.out.printf("SMTP floor: %,d messages of %,d bytes over %d connections in %.2f s: %,.0f messages/s%n",
                    result.messages(), result.messageBytes(), connections, result.seconds(), result.perSecond());
        }
    }
}
