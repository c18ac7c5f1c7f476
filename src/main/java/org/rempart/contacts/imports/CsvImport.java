package org.rempart.contacts.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.commons.io.input.BoundedInputStream;
import org.rempart.contacts.internal.AddressIndexer;
import org.rempart.contacts.internal.ConsentProof;
import org.rempart.contacts.internal.ContactRepository;
import org.rempart.contacts.internal.ContactStore;
import org.rempart.contacts.internal.ContactValidator;
import org.rempart.contacts.internal.RawContact;
import org.rempart.contacts.internal.Validation;
import org.rempart.vault.EncryptedTempFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: the file is decrypted and parsed as a stream on the job's thread, chunks of
 * records are validated, indexed and sealed on the worker threads (all cores), deduped back on the
 * job's thread in file order, and written by the writer threads, each on its own connection. At
 * most a few chunks are in flight at each stage, so memory stays flat whatever the file size.
 */
@Component
class CsvImport {

    static final int CHUNK = 5000;
    /** Imports this large change the tables enough for the query planner to need new statistics. */
    static final long STATISTICS_AFTER = 50_000;

    private static final Logger log = LoggerFactory.getLogger(CsvImport.class);

    private final ImportJobs jobs;
    private final ContactValidator validator;
    private final AddressIndexer indexer;
    private final ContactRepository contacts;
    private final ContactStore store;
    private final TransactionTemplate transaction;

    CsvImport(ImportJobs jobs, ContactValidator validator, AddressIndexer indexer, ContactRepository contacts,
            ContactStore store, TransactionTemplate transaction) {
        this.jobs = jobs;
        this.validator = validator;
        this.indexer = indexer;
        this.contacts = contacts;
        this.store = store;
        this.transaction = transaction;
    }

    /** A chunk of records as read: fields and starting line. */
    private record Record(long line, List<String> fields) {
    }

    /** The threads of an import: preparing rows (CPU-bound) and writing chunks (one connection each). */
    record Threads(ExecutorService workers, int preparing, ExecutorService writers, int writing) {
    }

    void run(long jobId, String sha256, EncryptedTempFile file, ImportOptions options, Threads threads) {
        var writer = new ChunkWriter(jobId, contacts, store, jobs, transaction,
                ConsentProof.ofImport(jobId, sha256, options.consentWording()), options.source(), threads.writers(),
                threads.writing());
        try (file; InputStream plain = file.read()) {
            var counted = BoundedInputStream.builder().setInputStream(plain).get();
            CsvSource source = CsvSource.open(counted);
            CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(source.separator())
                    .allowMissingFields(true).allowExtraFields(true).allowUnclosedQuote(false).skipEmptyLines(true)
                    .ofCsvRecord(source.reader());
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                throw new CsvSource.UnreadableFileException("The file is empty.");
            }
            HeaderMap header = HeaderMap.of(records.next().getFields());
            writer.headerWarnings(header.warnings());
            var pending = new ArrayDeque<Future<List<ImportRow>>>();
            var positions = new ArrayDeque<Long>();
            while (records.hasNext()) {
                List<Record> chunk = new ArrayList<>(CHUNK);
                while (chunk.size() < CHUNK && records.hasNext()) {
                    CsvRecord record = records.next();
                    chunk.add(new Record(record.getStartingLineNumber(), record.getFields()));
                }
                List<Long> ids = contacts.allocateIds(chunk.size());
                pending.add(threads.workers().submit(() -> prepare(header, chunk, ids, options)));
                positions.add(counted.getCount());
                if (pending.size() > threads.preparing()) {
                    writer.write(pending.poll().get(), positions.poll());
                }
            }
            while (!pending.isEmpty()) {
                writer.write(pending.poll().get(), positions.poll());
            }
            writer.finish();
            if (writer.total().created() + writer.total().updated() >= STATISTICS_AFTER) {
                contacts.refreshStatistics();
            }
            jobs.finish(jobId, ImportJobs.Status.DONE, null);
        } catch (CsvSource.UnreadableFileException e) {
            jobs.finish(jobId, ImportJobs.Status.FAILED, e.getMessage());
        } catch (CsvParseException | UncheckedIOException e) {
            // The parser's messages may quote the file: only the line is kept.
            jobs.finish(jobId, ImportJobs.Status.FAILED, "The file could not be read as CSV after line "
                    + writer.total().rowsRead() + " (an unclosed quote or a damaged file?).");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jobs.finish(jobId, ImportJobs.Status.FAILED, "Interrupted: Rempart is stopping.");
        } catch (IOException | ExecutionException | RuntimeException e) {
            log.error("Import {} failed: {}", jobId, e.getClass().getName());
            jobs.finish(jobId, ImportJobs.Status.FAILED, "The import failed unexpectedly after "
                    + writer.total().rowsRead() + " rows; the error has been logged.");
        }
    }

    private List<ImportRow> prepare(HeaderMap header, List<Record> chunk, List<Long> ids, ImportOptions options) {
        List<ImportRow> rows = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            Record record = chunk.get(i);
            RawContact raw = header.read(record.fields());
            if (raw == null) {
                rows.add(new ImportRow.Rejected(record.line(), null, "more fields than the header has columns"));
                continue;
            }
            rows.add(switch (validator.validate(raw, ContactValidator.Mode.NEW_OR_MATCHED)) {
                case Validation.Invalid invalid -> new ImportRow.Rejected(record.line(), invalid.field(),
                        invalid.reason());
                case Validation.Valid valid -> {
                    var contact = valid.contact().withDefaultKind(options.kind());
                    long id = ids.get(i);
                    yield new ImportRow.Ready(record.line(), contact, indexer.of(contact.identity()), id,
                            store.seal(id, contact.identity()), valid.warnings().stream()
                                    .map(w -> new ImportRow.Issue(record.line(), w.field(), w.reason())).toList());
                }
            });
        }
        return rows;
    }
}
