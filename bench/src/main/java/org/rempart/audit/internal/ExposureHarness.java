package org.rempart.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.rempart.audit.Actor;
import org.rempart.audit.AuditChain;
import org.rempart.audit.AuditEntry;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.AuditTrail;
import org.rempart.audit.AuditVerification;
import org.rempart.audit.ContactIds;
import org.rempart.audit.Exposure;
import org.rempart.audit.Outcome;
import org.rempart.audit.RequestOrigin;
import org.rempart.bench.BenchContext;

/**
 * The breach-investigation figure, end to end on PostgreSQL: fills a schema of its own (dropped
 * afterwards) with ten million recorded plaintext accesses, as a valid hash chain written with
 * COPY, then times "which contacts did operator X see as plaintext between t1 and t2" through
 * {@link AuditTrail#exposure}, and one verification of the whole log.
 *
 * <p>The log: {@value #BATCHES} batch records (exports by the API tokens of {@value #BATCH_OPERATORS}
 * operators) of {@value #BATCH_CONTACTS} contacts each, ids scattered over twenty million (so
 * about one contact row each, the costly case), and {@value #REVEALS} single reveals by fifty
 * operators, spread over thirty days. It sits in this package to chain the entries as the log does.
 */
public final class ExposureHarness {

    static final int BATCHES = 20_000;
    static final int BATCH_CONTACTS = 500;
    static final int BATCH_OPERATORS = 10;
    static final int REVEALS = 200_000;
    static final long CONTACT_SPACE = 20_000_000;
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(30);

    private ExposureHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv(BenchContext.DB_URL) == null) {
            System.err.println("Set " + BenchContext.DB_URL + " to a PostgreSQL database, such as "
                    + "jdbc:postgresql://127.0.0.1:5432/test (a schema of its own is created and dropped).");
            System.exit(2);
        }
        try (BenchContext rempart = BenchContext.start()) {
            System.out.println("Filling " + rempart.storage());
            long started = System.nanoTime();
            long accesses = fill(rempart.bean(DataSource.class));
            System.out.printf("%,d entries, %,d recorded plaintext accesses, written in %.1f s%n",
                    BATCHES + REVEALS, accesses, seconds(started));

            AuditTrail trail = rempart.bean(AuditTrail.class);
            Instant weekFrom = START.plus(Duration.ofDays(10));
            measure("operator 3, one week", () -> trail.exposure(3, weekFrom, weekFrom.plus(Duration.ofDays(7))));
            measure("operator 3, all thirty days", () -> trail.exposure(3, START, START.plus(SPAN)));
            measure("operator 42 (reveals only), all thirty days", () -> trail.exposure(42, null, null));

            long verifying = System.nanoTime();
            AuditVerification result = rempart.bean(AuditChain.class).verify();
            double took = seconds(verifying);
            System.out.printf("Verification: valid=%s, %,d entries (%,d contact rows) in %.1f s: %,.0f entries/s%n",
                    result.valid(), result.entries(), accesses, took, result.entries() / took);
        }
    }

    private static void measure(String what, java.util.function.Supplier<Exposure> query) {
        double[] times = new double[5];
        Exposure exposure = null;
        for (int i = 0; i < times.length; i++) {
            long started = System.nanoTime();
            exposure = query.get();
            times[i] = seconds(started) * 1000;
        }
        Arrays.sort(times);
        System.out.printf("Exposure of %s: %,d entries, %,d contacts in %,d ranges; %.0f ms (median of 5, best %.0f ms)%n",
                what, exposure.entries(), exposure.contacts().count(), exposure.contacts().ranges().size(),
                times[2], times[0]);
    }

    /** Writes the chain with two COPY streams (entries, contact rows) and returns the accesses written. */
    private static long fill(DataSource dataSource) throws SQLException, IOException {
        Random random = new Random(42);
        long accesses = 0;
        try (Connection entries = dataSource.getConnection(); Connection subjects = dataSource.getConnection()) {
            // After the entries Rempart itself wrote at its first start.
            long first;
            byte[] previous;
            try (var statement = entries.createStatement();
                    var head = statement.executeQuery("SELECT last_seq, last_hash FROM audit_head")) {
                head.next();
                first = head.getLong(1) + 1;
                previous = head.getBytes(2);
            }
            // Then the two streams: a connection in COPY takes no other statement until the end.
            CopyIn entryCopy = entries.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY audit_entry (" + StoredEntry.COLUMNS + ") FROM STDIN");
            CopyIn subjectCopy = subjects.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY audit_subject (seq, range_from, range_to) FROM STDIN");
            int total = BATCHES + REVEALS;
            int batchEvery = total / BATCHES;
            StringBuilder rows = new StringBuilder();
            for (long i = 1; i <= total; i++) {
                long seq = first + i - 1;
                Instant at = START.plus(SPAN.multipliedBy(i).dividedBy(total)).truncatedTo(ChronoUnit.MICROS);
                AuditRecord record = i % batchEvery == 0 ? export(random, i) : reveal(random);
                AuditEntry entry = StoredEntry.entryOf(seq, at, record);
                previous = EntryHash.of(previous, entry);
                write(entryCopy, row(new StoredEntry(entry, previous).values()));
                rows.setLength(0);
                for (ContactIds.Range range : SubjectRanges.rows(record.subjects())) {
                    rows.append(seq).append('\t').append(range.from()).append('\t').append(range.to()).append('\n');
                }
                write(subjectCopy, rows.toString());
                accesses += record.subjects().count();
            }
            entryCopy.endCopy();
            subjectCopy.endCopy();
            try (var head = entries.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                head.setLong(1, first + total - 1);
                head.setBytes(2, previous);
                head.executeUpdate();
            }
            try (var statement = entries.createStatement()) {
                statement.execute("VACUUM ANALYZE audit_entry");
                statement.execute("VACUUM ANALYZE audit_subject");
            }
        }
        return accesses;
    }

    private static AuditRecord export(Random random, long seq) {
        long[] ids = random.longs(BATCH_CONTACTS, 1, CONTACT_SPACE).toArray();
        long operator = 1 + seq % BATCH_OPERATORS;
        return new AuditRecord(new Actor.ApiToken(100 + operator, operator, "operator" + operator), "vault.export",
                "EXPORT", seq, null, ContactIds.of(ids), new RequestOrigin("192.0.2.10", "integration"),
                Outcome.SUCCESS, null);
    }

    private static AuditRecord reveal(Random random) {
        long operator = 1 + random.nextInt(50);
        return new AuditRecord(new Actor.Operator(operator, "operator" + operator), "vault.reveal", "REVEAL", null,
                "customer call", ContactIds.of(1 + random.nextLong(CONTACT_SPACE)),
                new RequestOrigin("192.0.2.20", "browser"), Outcome.SUCCESS, null);
    }

    /** One line of COPY's text format: tab-separated, \N for null, bytea as \\x and hex. */
    private static String row(Object[] values) {
        StringJoiner line = new StringJoiner("\t", "", "\n");
        for (Object value : values) {
            line.add(value == null ? "\\N" : value instanceof byte[] bytes ? "\\\\x" + HexFormat.of().formatHex(bytes)
                    : value.toString());
        }
        return line.toString();
    }

    private static void write(CopyIn copy, String text) throws SQLException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
