package org.rempart.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rempart.contacts.internal.AddressIndexer;
import org.rempart.contacts.internal.ContactField;
import org.rempart.contacts.internal.ContactStore;
import org.rempart.contacts.internal.ContactValidator;
import org.rempart.contacts.internal.RawContact;
import org.rempart.contacts.internal.Validation;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.SealedIdentity;

/**
 * The CPU work of one import row, stage by stage, on one thread: validation (with phone number
 * parsing), blind indexes, sealing (a fresh data key, wrapped, and the identity encrypted).
 * {@code java -jar rempart-bench.jar jmh ImportRowBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportRowBenchmark {

    private RunningRempart rempart;
    private ContactValidator validator;
    private AddressIndexer indexer;
    private ContactStore store;
    private RawContact raw;
    private ContactIdentity identity;
    private final AtomicLong ids = new AtomicLong(1_000_000_000L);

    @Setup(Level.Trial)
    public void start() throws Exception {
        rempart = RunningRempart.start("h2", null);
        validator = rempart.bean(ContactValidator.class);
        indexer = rempart.bean(AddressIndexer.class);
        store = rempart.bean(ContactStore.class);
        Map<ContactField, String> fields = new EnumMap<>(ContactField.class);
        fields.put(ContactField.LAST_NAME, "Lefèvre");
        fields.put(ContactField.FIRST_NAME, "Hélène");
        fields.put(ContactField.EMAIL, "helene.lefevre.12345@orange.fr");
        fields.put(ContactField.MOBILE, "06 12 34 56 78");
        fields.put(ContactField.LANDLINE, "01 45 67 89 12");
        fields.put(ContactField.BIRTH_DATE, "15/03/1985");
        fields.put(ContactField.KIND, "client");
        fields.put(ContactField.CONSENT_EMAIL, "oui");
        fields.put(ContactField.POSTCODE, "75011");
        fields.put(ContactField.CARRIER, "Orange");
        raw = new RawContact(fields, Map.of("fidelite", "gold"));
        identity = ((Validation.Valid) validator.validate(raw, ContactValidator.Mode.NEW_OR_MATCHED)).contact()
                .identity();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        rempart.close();
    }

    @Benchmark
    public Validation validate() {
        return validator.validate(raw, ContactValidator.Mode.NEW_OR_MATCHED);
    }

    @Benchmark
    public Object blindIndexes() {
        return indexer.of(identity);
    }

    @Benchmark
    public SealedIdentity seal() {
        return store.seal(ids.incrementAndGet(), identity);
    }
}
