package org.rempart.contacts.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ConsentStatus;
import org.rempart.contacts.internal.ConsentProof;
import org.rempart.contacts.internal.ContactRepository;
import org.rempart.contacts.internal.ContactRepository.AddressColumn;
import org.rempart.contacts.internal.ContactStore;
import org.rempart.contacts.internal.Match;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dedupes the prepared rows of one import in file order, then writes each chunk in its own
 * transaction on one of several connections. A row finds what earlier rows wrote either in the
 * database (chunks already committed) or in the index of chunks still being written; a chunk that
 * touches a contact of a chunk still being written waits for that chunk's commit before writing.
 * Dedupe goes by the email's blind index, then the mobile's: a match is updated, never duplicated.
 */
final class ChunkWriter {

    /** A contact written by a chunk that may not be committed yet. */
    private record Pending(Match match, CompletableFuture<Void> written) {
    }

    /** A chunk handed to a writer: what to forget once it is committed, and what it counts for. */
    private record InFlight(CompletableFuture<Void> written, List<String> emails, List<String> mobiles,
            ImportJobs.Progress counts) {
    }

    private final long jobId;
    private final ContactRepository contacts;
    private final ContactStore store;
    private final ImportJobs jobs;
    private final TransactionTemplate transaction;
    private final ConsentProof proof;
    private final String source;
    private final ExecutorService writers;
    private final int maxInFlight;
    private final LineByContact firstLines = new LineByContact();
    private final Map<String, Pending> pendingEmails = new HashMap<>();
    private final Map<String, Pending> pendingMobiles = new HashMap<>();
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    private ImportJobs.Progress total = new ImportJobs.Progress(0, 0, 0, 0, 0, 0);

    ChunkWriter(long jobId, ContactRepository contacts, ContactStore store, ImportJobs jobs,
            TransactionTemplate transaction, ConsentProof proof, String source, ExecutorService writers,
            int maxInFlight) {
        this.jobId = jobId;
        this.contacts = contacts;
        this.store = store;
        this.jobs = jobs;
        this.transaction = transaction;
        this.proof = proof;
        this.source = source;
        this.writers = writers;
        this.maxInFlight = maxInFlight;
    }

    /** What is committed so far. */
    ImportJobs.Progress total() {
        return total;
    }

    /** Records issues found before any row (the header's). */
    void headerWarnings(List<ImportRow.Issue> warnings) {
        if (!warnings.isEmpty()) {
            transaction.executeWithoutResult(status -> jobs.addIssues(jobId, "WARNING", warnings));
        }
    }

    /** Plans a chunk (on the calling thread, in file order) and hands it to a writer. */
    void write(List<ImportRow> rows, long bytesRead) throws ExecutionException, InterruptedException {
        retire(false);
        List<ImportRow.Ready> ready = new ArrayList<>();
        List<ImportRow.Issue> errors = new ArrayList<>();
        List<ImportRow.Issue> warnings = new ArrayList<>();
        for (ImportRow row : rows) {
            switch (row) {
                case ImportRow.Rejected r -> errors.add(new ImportRow.Issue(r.line(), r.field(), r.reason()));
                case ImportRow.Ready r -> {
                    ready.add(r);
                    warnings.addAll(r.warnings());
                }
            }
        }
        var written = new CompletableFuture<Void>();
        Set<CompletableFuture<Void>> waitFor = new HashSet<>();
        List<ContactStore.NewContact> created = new ArrayList<>();
        List<ContactStore.Change> changed = new ArrayList<>();
        plan(ready, written, waitFor, created, changed, warnings);
        waitFor.remove(written);
        var counts = new ImportJobs.Progress(bytesRead, rows.size(), created.size(), changed.size(), errors.size(),
                warnings.size());
        inFlight.add(new InFlight(written, ready.stream().map(r -> r.addresses().email()).filter(Objects::nonNull)
                .toList(), ready.stream().map(r -> r.addresses().mobile()).filter(Objects::nonNull).toList(), counts));
        writers.execute(() -> {
            try {
                for (var earlier : waitFor) {
                    earlier.get();
                }
                transaction.executeWithoutResult(status -> {
                    store.write(created, changed, source, proof);
                    jobs.addIssues(jobId, "ERROR", errors);
                    jobs.addIssues(jobId, "WARNING", warnings);
                });
                written.complete(null);
            } catch (Throwable e) {
                written.completeExceptionally(e);
            }
        });
        while (inFlight.size() > maxInFlight) {
            inFlight.peek().written().get();
            retire(false);
        }
    }

    /** Waits for every chunk to be committed. */
    void finish() throws ExecutionException, InterruptedException {
        retire(true);
    }

    /** Forgets the chunks that are committed (all of them, waiting, when {@code all}) and records progress. */
    private void retire(boolean all) throws ExecutionException, InterruptedException {
        boolean any = false;
        while (!inFlight.isEmpty() && (all || inFlight.peek().written().isDone())) {
            InFlight done = inFlight.poll();
            done.written().get();
            done.emails().forEach(e -> pendingEmails.computeIfPresent(e, (k, p) -> p.written() == done.written()
                    ? null : p));
            done.mobiles().forEach(m -> pendingMobiles.computeIfPresent(m, (k, p) -> p.written() == done.written()
                    ? null : p));
            total = total.plus(done.counts());
            any = true;
        }
        if (any) {
            jobs.progress(jobId, total);
        }
    }

    private void plan(List<ImportRow.Ready> rows, CompletableFuture<Void> written,
            Set<CompletableFuture<Void>> waitFor, List<ContactStore.NewContact> created,
            List<ContactStore.Change> changed, List<ImportRow.Issue> warnings) {
        // Committed chunks are in the database; those still being written are in the pending maps.
        Map<String, Match> storedEmails = contacts.findByIndex(AddressColumn.EMAIL,
                rows.stream().map(r -> r.addresses().email()).filter(Objects::nonNull).distinct().toList());
        Map<String, Match> storedMobiles = contacts.findByIndex(AddressColumn.MOBILE,
                rows.stream().map(r -> r.addresses().mobile()).filter(Objects::nonNull).distinct().toList());
        for (ImportRow.Ready row : rows) {
            Match email = find(row.addresses().email(), pendingEmails, storedEmails, waitFor);
            Match mobile = find(row.addresses().mobile(), pendingMobiles, storedMobiles, waitFor);
            Match target = email != null ? email : mobile;
            Match after;
            if (target == null) {
                created.add(new ContactStore.NewContact(row.newId(), row.contact(), row.addresses(), row.sealed(),
                        row.line()));
                after = consentsAfter(new Match(row.newId(), null, null), row);
            } else {
                if (email != null && mobile != null && email.contactId() != mobile.contactId()) {
                    // The number stays with its contact: two contacts never share a mobile number.
                    warnings.add(new ImportRow.Issue(row.line(), "mobile", "the email address and the mobile number "
                            + "belong to two different contacts: the one with the email address was updated, "
                            + "without this line's mobile number and SMS consent"));
                    row = row.withoutMobile();
                }
                changed.add(new ContactStore.Change(target, row.contact(), row.addresses(), row.line()));
                after = consentsAfter(target, row);
            }
            long earlier = firstLines.putIfAbsent(after.contactId(), row.line());
            if (earlier >= 0) {
                warnings.add(new ImportRow.Issue(row.line(), null, "repeats line " + earlier
                        + " (same email address or mobile number): that contact was updated"));
            }
            if (row.addresses().email() != null) {
                pendingEmails.put(row.addresses().email(), new Pending(after, written));
            }
            if (row.addresses().mobile() != null) {
                pendingMobiles.put(row.addresses().mobile(), new Pending(after, written));
            }
        }
    }

    private static Match find(String index, Map<String, Pending> pending, Map<String, Match> stored,
            Set<CompletableFuture<Void>> waitFor) {
        if (index == null) {
            return null;
        }
        Pending inFlight = pending.get(index);
        if (inFlight != null) {
            waitFor.add(inFlight.written());
            return inFlight.match();
        }
        return stored.get(index);
    }

    /** The contact's consents once this row is written, for a later row that matches it. */
    private static Match consentsAfter(Match before, ImportRow.Ready row) {
        Map<Channel, ConsentStatus> consents = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            ConsentStatus given = row.contact().consents().get(channel);
            consents.put(channel, given != null ? given : before.consent(channel));
        }
        return new Match(before.contactId(), consents.get(Channel.EMAIL), consents.get(Channel.SMS));
    }
}
