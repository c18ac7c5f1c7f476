package org.rempart.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.rempart.RempartApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rempart without a web server, on storage of its own: a fresh data directory (and so a fresh
 * embedded H2 file database) in a temporary directory, or, when {@code REMPART_BENCH_DB_URL} is
 * set, a fresh schema of that PostgreSQL database. {@link #close()} removes both.
 */
public final class BenchContext implements AutoCloseable {

    /** A PostgreSQL JDBC URL, such as {@code jdbc:postgresql://127.0.0.1:5432/test}. */
    public static final String DB_URL = "REMPART_BENCH_DB_URL";

    private final Path directory;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final ConfigurableApplicationContext context;

    private BenchContext(Map<String, Object> properties) throws IOException {
        directory = Files.createTempDirectory("rempart-bench");
        url = System.getenv(DB_URL);
        user = System.getenv().getOrDefault("REMPART_BENCH_DB_USER", "postgres");
        password = System.getenv().getOrDefault("REMPART_BENCH_DB_PASSWORD", "");
        schema = url == null ? null : "rempart_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> settings = new HashMap<>(Map.of(
                "rempart.data-dir", directory.resolve("data").toString(),
                "logging.level.root", "warn",
                // The modules' web beans need a web application context; port -1 starts no server.
                "server.port", "-1",
                // Benchmarks measure one thing at a time: no background verification or checkpoint.
                "rempart.audit.verify-at-start", "false",
                "rempart.audit.checkpoint-interval", "1h"));
        if (url != null) {
            settings.put("rempart.db.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            settings.put("rempart.db.user", user);
            settings.put("rempart.db.password", password);
            settings.put("spring.flyway.schemas", schema);
            settings.put("rempart.master-password", "benchmark-only master passphrase");
        }
        settings.putAll(properties);
        var application = new SpringApplication(RempartApplication.class);
        application.setDefaultProperties(settings);
        context = application.run();
    }

    public static BenchContext start() {
        return start(Map.of());
    }

    public static BenchContext start(Map<String, Object> properties) {
        try {
            return new BenchContext(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Which storage this runs on, for the benchmark's output. */
    public String storage() {
        return url == null ? "H2 (embedded file database)" : "PostgreSQL, schema " + schema;
    }

    @Override
    public void close() {
        context.close();
        if (schema != null) {
            try (var connection = DriverManager.getConnection(url, user, password);
                    var statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not drop the benchmark schema " + schema, e);
            }
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
