package org.rempart.delivery.email;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rempart.delivery.OutgoingEmail;

/**
 * What a campaign pays per message to write it as MIME, DKIM off: {@code build}, the whole
 * message (headers, both parts in quoted-printable) of a campaign's size (about 6.4 KB on the
 * wire, French text with accents), and {@code quotedPrintable}, its HTML part alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MessageBuildBenchmark {

    private OutgoingEmail email;
    private final Instant date = Instant.parse("2026-11-30T10:00:00Z");
    /** Reused from message to message, as for a group's messages. */
    private final EmailMime mime = new EmailMime();
    private final QuotedPrintable encoder = new QuotedPrintable();

    @Setup
    public void setUp() {
        email = BenchEmails.of(1, 5_000);
    }

    @Benchmark
    public WireMessage build() throws Exception {
        return mime.write(email, date);
    }

    @Benchmark
    public int quotedPrintable() {
        return encoder.encode(email.html()).length();
    }
}
