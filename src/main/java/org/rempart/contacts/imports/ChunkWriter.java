package org.rempart.contacts.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ConsentStatus;
import org.rempart.contacts.internal.ConsentProof;
import org.rempart.contacts.internal.ContactRepository;
import org.rempart.contacts.internal.ContactRepository.AddressColumn;
import org.rempart.contacts.internal.ContactStore;
import org.rempart.contacts.internal.Match;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the prepared rows of one import, chunk after chunk in file order, so that a later line
 * finds what an earlier one wrote. Dedupe goes by the email's blind index, then the mobile's: a
 * match is updated, never duplicated. Each chunk is one transaction with its issues and progress.
 */
final class ChunkWriter {

    private final long jobId;
    private final ContactRepository contacts;
    private final ContactStore store;
    private final ImportJobs jobs;
    private final TransactionTemplate transaction;
    private final ConsentProof proof;
    private final String source;
    private final LineByContact firstLines = new LineByContact();
    private ImportJobs.Progress total = new ImportJobs.Progress(0, 0, 0, 0, 0, 0);

    ChunkWriter(long jobId, ContactRepository contacts, ContactStore store, ImportJobs jobs,
            TransactionTemplate transaction, ConsentProof proof, String source) {
        this.jobId = jobId;
        this.contacts = contacts;
        this.store = store;
        this.jobs = jobs;
        this.transaction = transaction;
        this.proof = proof;
        this.source = source;
    }

    ImportJobs.Progress total() {
        return total;
    }

    /** Records issues found before any row (the header's), in their own transaction. */
    void headerWarnings(List<ImportRow.Issue> warnings) {
        if (!warnings.isEmpty()) {
            transaction.executeWithoutResult(status -> jobs.addIssues(jobId, "WARNING", warnings));
        }
    }

    void write(List<ImportRow> rows, long bytesRead) {
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
        transaction.executeWithoutResult(status -> {
            var counts = apply(ready, warnings);
            jobs.addIssues(jobId, "ERROR", errors);
            jobs.addIssues(jobId, "WARNING", warnings);
            var chunk = new ImportJobs.Progress(bytesRead, rows.size(), counts[0], counts[1], errors.size(),
                    warnings.size());
            jobs.progress(jobId, total.plus(chunk));
            total = total.plus(chunk);
        });
    }

    /** Dedupes and writes the valid rows; returns {created, updated}. */
    private long[] apply(List<ImportRow.Ready> rows, List<ImportRow.Issue> warnings) {
        Map<String, Match> byEmail = new HashMap<>(contacts.findByIndex(AddressColumn.EMAIL,
                rows.stream().map(r -> r.addresses().email()).filter(Objects::nonNull).distinct().toList()));
        Map<String, Match> byMobile = new HashMap<>(contacts.findByIndex(AddressColumn.MOBILE,
                rows.stream().map(r -> r.addresses().mobile()).filter(Objects::nonNull).distinct().toList()));
        List<ContactStore.NewContact> created = new ArrayList<>();
        List<ContactStore.Change> changed = new ArrayList<>();
        for (ImportRow.Ready row : rows) {
            Match email = row.addresses().email() == null ? null : byEmail.get(row.addresses().email());
            Match mobile = row.addresses().mobile() == null ? null : byMobile.get(row.addresses().mobile());
            Match target = email != null ? email : mobile;
            Match after;
            if (target == null) {
                created.add(new ContactStore.NewContact(row.newId(), row.contact(), row.addresses(), row.sealed(),
                        row.line()));
                after = consentsAfter(new Match(row.newId(), null, null), row);
            } else {
                if (email != null && mobile != null && email.contactId() != mobile.contactId()) {
                    warnings.add(new ImportRow.Issue(row.line(), "mobile", "the email address and the mobile number "
                            + "belong to two different contacts: the one with the email address was updated"));
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
                byEmail.put(row.addresses().email(), after);
            }
            if (row.addresses().mobile() != null) {
                byMobile.put(row.addresses().mobile(), after);
            }
        }
        store.write(created, changed, source, proof);
        return new long[] {created.size(), changed.size()};
    }

    /** The contact's consents once this row is written, for the next line of the chunk that matches it. */
    private static Match consentsAfter(Match before, ImportRow.Ready row) {
        Map<Channel, ConsentStatus> consents = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            ConsentStatus given = row.contact().consents().get(channel);
            consents.put(channel, given != null ? given : before.consent(channel));
        }
        return new Match(before.contactId(), consents.get(Channel.EMAIL), consents.get(Channel.SMS));
    }
}
