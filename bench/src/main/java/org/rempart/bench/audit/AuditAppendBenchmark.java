package org.rempart.bench.audit;

import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.rempart.audit.Actor;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.ContactIds;
import org.rempart.audit.Outcome;
import org.rempart.audit.RequestOrigin;
import org.rempart.bench.BenchContext;

/**
 * Audit appends, one entry per operation (its own transaction, the head locked, the entry and
 * its contact rows written): a reveal of one contact, or a batch record of 500 contacts with
 * scattered ids (500 contact rows, the costly case). The score is entries per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class AuditAppendBenchmark {

    @Param({"1", "500"})
    int contacts;

    private BenchContext rempart;
    private AuditLog auditLog;
    private AuditRecord record;

    @Setup(Level.Trial)
    public void start() {
        rempart = BenchContext.start();
        auditLog = rempart.bean(AuditLog.class);
        // Every seventh id: no two adjacent, so each contact is a range of its own.
        ContactIds subjects = ContactIds.of(LongStream.range(0, contacts).map(i -> 1_000_000 + 7 * i).toArray());
        record = new AuditRecord(new Actor.ApiToken(3, 1, "bench"), contacts == 1 ? "vault.reveal" : "vault.export",
                contacts == 1 ? "REVEAL" : "EXPORT", 42L, contacts == 1 ? "benchmark" : null, subjects,
                new RequestOrigin("192.0.2.1", "bench"), Outcome.SUCCESS, null);
        System.out.println("Audit append on " + rempart.storage());
    }

    @TearDown(Level.Trial)
    public void stop() {
        rempart.close();
    }

    @Benchmark
    public long append() {
        return auditLog.append(record);
    }
}
