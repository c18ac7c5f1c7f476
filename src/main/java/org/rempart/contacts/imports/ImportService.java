package org.rempart.contacts.imports;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.Outcome;
import org.rempart.platform.RequestRejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Accepts uploads and runs their imports in the background, one at a time on this node (each
 * uses every core), keeping the jobs' heartbeats so that a job whose node stopped is reported
 * as failed rather than running forever.
 */
@Service
public class ImportService {

    /** A running job reports at least this often; a silent job of a stopped node is failed after twice that. */
    static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private final UploadReceiver receiver;
    private final ImportJobs jobs;
    private final CsvImport csv;
    private final AuditLog audit;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("contact-import").daemon().factory());
    private final ExecutorService workers;
    private final ExecutorService writers;
    private final CsvImport.Threads threads;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("contact-import-heartbeat").daemon().factory());

    ImportService(UploadReceiver receiver, ImportJobs jobs, CsvImport csv, AuditLog audit,
            @Value("${rempart.imports.threads:0}") int preparing,
            @Value("${rempart.imports.writers:2}") int writing) {
        this.receiver = receiver;
        this.jobs = jobs;
        this.csv = csv;
        this.audit = audit;
        int cores = preparing > 0 ? preparing : Runtime.getRuntime().availableProcessors();
        this.workers = Executors.newFixedThreadPool(cores, Thread.ofPlatform().name("contact-import-", 1)
                .daemon().factory());
        this.writers = Executors.newFixedThreadPool(writing, Thread.ofPlatform().name("contact-import-writer-", 1)
                .daemon().factory());
        this.threads = new CsvImport.Threads(workers, cores + 1, writers, writing);
    }

    @EventListener(ApplicationReadyEvent.class)
    void failAbandonedJobs() {
        jobs.failAbandoned(HEARTBEAT.multipliedBy(2));
        heartbeat.scheduleWithFixedDelay(() -> jobs.failAbandoned(HEARTBEAT.multipliedBy(2)), HEARTBEAT.toSeconds(),
                HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Receives the upload of this request and starts its import; returns the job id. */
    public long start(HttpServletRequest request, Long operatorId) throws IOException {
        Upload upload = receiver.receive(request);
        long id = jobs.create(upload.options().kind(), upload.options().source(), upload.sha256(), upload.bytes(),
                operatorId);
        // Who brought which file in (its hash, not its content): the start of every consent proof it gives.
        audit.append(AuditRecord.action("contacts.import", Outcome.SUCCESS, "job " + id + ", " + upload.bytes()
                + " bytes, SHA-256 " + upload.sha256()));
        try {
            runner.execute(() -> csv.run(id, upload.sha256(), upload.file(), upload.options(), threads));
        } catch (RejectedExecutionException e) {
            upload.file().close();
            jobs.finish(id, ImportJobs.Status.FAILED, "Rempart is stopping.");
            throw new RequestRejectedException(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
                    "Rempart is stopping; try again later.");
        }
        return id;
    }

    /** What {@code GET /api/imports/{id}} answers. */
    public record Status(long id, String status, long rowsRead, long created, long updated, long rejected,
            long warned, double progress, String failure, String fileSha256, List<Issue> errors,
            List<Warning> warnings) {
    }

    public record Issue(long line, String field, String reason) {
    }

    public record Warning(long line, String reason) {
    }

    public Status status(long id) {
        var job = jobs.find(id).orElseThrow(() -> RequestRejectedException.notFound("No such import: " + id));
        double progress = job.status() == ImportJobs.Status.DONE ? 1
                : job.fileBytes() == 0 ? 0 : Math.min(1, (double) job.bytesRead() / job.fileBytes());
        return new Status(job.id(), job.status().name(), job.rowsRead(), job.created(), job.updated(), job.rejected(),
                job.warned(), progress, job.failure(), job.fileSha256(),
                jobs.issues(id, "ERROR", ImportJobs.LISTED_ISSUES).stream()
                        .map(i -> new Issue(i.line(), i.field(), i.reason())).toList(),
                jobs.issues(id, "WARNING", ImportJobs.LISTED_ISSUES).stream()
                        .map(i -> new Warning(i.line(), i.field() == null ? i.reason() : i.field() + ": " + i.reason()))
                        .toList());
    }

    public List<Status> recent() {
        return jobs.recent(20).stream().map(job -> status(job.id())).toList();
    }

    /** Every issue as CSV ({@code line;severity;field;reason}), for the downloadable report. */
    public void report(long id, Appendable out) {
        jobs.find(id).orElseThrow(() -> RequestRejectedException.notFound("No such import: " + id));
        try {
            out.append("line;severity;field;reason\r\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        jobs.eachIssue(id, (line, severity, field, reason) -> {
            try {
                out.append(Long.toString(line)).append(';').append(severity).append(';')
                        .append(field == null ? "" : csvText(field)).append(';').append(csvText(reason))
                        .append("\r\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Quoted, and a leading formula character neutralised, so that a spreadsheet shows it as text. */
    private static String csvText(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        runner.shutdownNow();
        workers.shutdownNow();
        writers.shutdownNow();
    }
}
