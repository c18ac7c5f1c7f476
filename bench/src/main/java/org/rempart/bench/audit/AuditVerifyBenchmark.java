package org.rempart.bench.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.rempart.audit.Actor;
import org.rempart.audit.AuditChain;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.AuditVerification;
import org.rempart.audit.ContactIds;
import org.rempart.audit.Outcome;
import org.rempart.audit.RequestOrigin;
import org.rempart.bench.BenchContext;

/**
 * Verification of a log of {@value #ENTRIES} entries: reveals of one to three contacts, and every
 * fiftieth a batch record of 500 scattered contacts (about a million contact rows in all). The
 * score is entries verified per second (each operation verifies the whole log).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class AuditVerifyBenchmark {

    static final int ENTRIES = 100_000;

    private BenchContext rempart;
    private AuditChain chain;

    @Setup(Level.Trial)
    public void fill() {
        rempart = BenchContext.start();
        AuditLog auditLog = rempart.bean(AuditLog.class);
        List<AuditRecord> batch = new ArrayList<>();
        for (int i = 1; i <= ENTRIES; i++) {
            batch.add(i % 50 == 0 ? export(i) : reveal(i));
            if (batch.size() == 1000) {
                auditLog.appendAll(batch);
                batch.clear();
            }
        }
        chain = rempart.bean(AuditChain.class);
        AuditVerification first = chain.verify();
        if (!first.valid()) {
            throw new IllegalStateException("the benchmark's log does not verify: " + first.problem());
        }
        System.out.println("Audit verify on " + rempart.storage() + ": " + first.entries() + " entries");
    }

    @TearDown(Level.Trial)
    public void stop() {
        rempart.close();
    }

    /** Each verification also appends its own audit.verify entry: one more per operation, negligible. */
    @Benchmark
    @OperationsPerInvocation(ENTRIES)
    public AuditVerification verify() {
        return chain.verify();
    }

    private static AuditRecord reveal(int i) {
        return new AuditRecord(new Actor.Operator(1 + i % 20, "operator"), "vault.reveal", "REVEAL", null,
                "benchmark", ContactIds.of(LongStream.range(0, 1 + i % 3).map(c -> 10L * i + c * 3).toArray()),
                new RequestOrigin("192.0.2.1", "bench"), Outcome.SUCCESS, null);
    }

    private static AuditRecord export(int i) {
        return new AuditRecord(new Actor.ApiToken(7, 2, "integration"), "vault.export", "EXPORT", (long) i, null,
                ContactIds.of(LongStream.range(0, 500).map(c -> 1_000L * i + 7 * c).toArray()),
                new RequestOrigin("192.0.2.2", "bench"), Outcome.SUCCESS, null);
    }
}
