package org.rempart.contacts.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rempart.contacts.ContactKind;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of import jobs and of their issues (rejected lines and warnings). */
@Repository
class ImportJobs {

    /** How many issues of each severity a status answer lists; the report has them all. */
    static final int LISTED_ISSUES = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ImportJobs(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    enum Status {
        RUNNING, DONE, FAILED
    }

    record Job(long id, Status status, String source, String fileSha256, long fileBytes, long bytesRead, long rowsRead,
            long created, long updated, long rejected, long warned, String failure, Instant createdAt,
            Instant finishedAt) {
    }

    record Issue(long line, String field, String reason) {
    }

    record Progress(long bytesRead, long rowsRead, long created, long updated, long rejected, long warned) {
        Progress plus(Progress more) {
            return new Progress(more.bytesRead, rowsRead + more.rowsRead, created + more.created,
                    updated + more.updated, rejected + more.rejected, warned + more.warned);
        }
    }

    long create(ContactKind kind, String source, String sha256, long bytes, Long operatorId) {
        var keys = new GeneratedKeyHolder();
        var now = DbTime.of(clock.instant());
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO import_job (status, default_kind, source, file_sha256, file_bytes, operator_id,
                                            created_at, heartbeat_at)
                    VALUES ('RUNNING', ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setString(1, kind == null ? null : kind.name());
            statement.setString(2, source);
            statement.setString(3, sha256);
            statement.setLong(4, bytes);
            statement.setObject(5, operatorId);
            statement.setObject(6, now);
            statement.setObject(7, now);
            return statement;
        }, keys);
        return keys.getKeyAs(Long.class);
    }

    void progress(long id, Progress total) {
        jdbc.update("""
                UPDATE import_job SET bytes_read = ?, rows_read = ?, created = ?, updated = ?, rejected = ?, warned = ?,
                    heartbeat_at = ? WHERE id = ?""", total.bytesRead(), total.rowsRead(), total.created(),
                total.updated(), total.rejected(), total.warned(), DbTime.of(clock.instant()), id);
    }

    void addIssues(long id, String severity, List<ImportRow.Issue> issues) {
        jdbc.batchUpdate("INSERT INTO import_issue (job_id, line, severity, field, reason) VALUES (?, ?, ?, ?, ?)",
                issues.stream().map(i -> new Object[] {id, i.line(), severity, i.field(), i.reason()}).toList());
    }

    void finish(long id, Status status, String failure) {
        var now = DbTime.of(clock.instant());
        jdbc.update("UPDATE import_job SET status = ?, failure = ?, finished_at = ?, heartbeat_at = ? WHERE id = ?",
                status.name(), failure, now, now, id);
    }

    /** Jobs that stopped reporting (their process ended): failed, since their encrypted upload is unreadable now. */
    int failAbandoned(Duration silence) {
        var now = clock.instant();
        return jdbc.update("""
                UPDATE import_job SET status = 'FAILED', failure = ?, finished_at = ?
                WHERE status = 'RUNNING' AND heartbeat_at < ?""",
                "Interrupted: Rempart stopped during the import. Upload the file again: "
                        + "rows already imported are updated, not duplicated.",
                DbTime.of(now), DbTime.of(now.minus(silence)));
    }

    Optional<Job> find(long id) {
        return jdbc.query("""
                SELECT id, status, source, file_sha256, file_bytes, bytes_read, rows_read, created, updated, rejected,
                       warned, failure, created_at, finished_at
                FROM import_job WHERE id = ?""", (rs, n) -> new Job(rs.getLong("id"),
                Status.valueOf(rs.getString("status")), rs.getString("source"), rs.getString("file_sha256"),
                rs.getLong("file_bytes"), rs.getLong("bytes_read"), rs.getLong("rows_read"), rs.getLong("created"),
                rs.getLong("updated"), rs.getLong("rejected"), rs.getLong("warned"), rs.getString("failure"),
                DbTime.read(rs, "created_at"), DbTime.read(rs, "finished_at")), id).stream().findFirst();
    }

    List<Job> recent(int limit) {
        return jdbc.queryForList("SELECT id FROM import_job ORDER BY id DESC FETCH FIRST ? ROWS ONLY", Long.class,
                limit).stream().map(id -> find(id).orElseThrow()).toList();
    }

    List<Issue> issues(long id, String severity, int limit) {
        return jdbc.query("""
                SELECT line, field, reason FROM import_issue WHERE job_id = ? AND severity = ?
                ORDER BY line FETCH FIRST ? ROWS ONLY""",
                (rs, n) -> new Issue(rs.getLong(1), rs.getString(2), rs.getString(3)), id, severity, limit);
    }

    /** Every issue of a job in line order, streamed to {@code sink} (the downloadable report). */
    void eachIssue(long id, IssueSink sink) {
        jdbc.query("SELECT line, severity, field, reason FROM import_issue WHERE job_id = ? ORDER BY line, severity",
                rs -> {
                    sink.accept(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                }, id);
    }

    interface IssueSink {
        void accept(long line, String severity, String field, String reason);
    }
}
