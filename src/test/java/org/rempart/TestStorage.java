package org.rempart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context storage of its own: a fresh data directory, and on
 * PostgreSQL (when {@code REMPART_TEST_DB_URL} is set) a fresh schema, dropped when the JVM exits,
 * or by a later run when this JVM could not.
 */
public class TestStorage implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> storage = new HashMap<>();
        if (!environment.containsProperty("rempart.data-dir")) {
            try {
                storage.put("rempart.data-dir", Files.createTempDirectory("rempart-test").resolve("data").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String url = System.getenv("REMPART_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            String user = System.getenv().getOrDefault("REMPART_TEST_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("REMPART_TEST_DB_PASSWORD", "");
            // Named with its creation time, so that a later run drops it if this one could not.
            String schema = "rempart_test_" + Instant.now().getEpochSecond() + "_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            dropStaleSchemas(url, user, password);
            // Connections named after their schema, so that a later run sees which schemas are in use.
            storage.put("rempart.db.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema
                    + "&ApplicationName=" + schema);
            storage.put("rempart.db.user", user);
            storage.put("rempart.db.password", password);
            storage.put("spring.flyway.schemas", schema);
            // Outside the embedded default, the vault's keysets must be protected by a master key.
            storage.put("rempart.master-password", "test-only master passphrase");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(url, user, password, schema)));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("rempartTestStorage", storage));
    }

    /**
     * Drops the test schemas of runs that are over: more than ten minutes old, and with no
     * connection open on them. The exit hooks of a JVM run together with the closing of its
     * application contexts, whose connections hold the locks the drops wait for, and the fork is
     * stopped a moment later: a full run leaves its schemas behind.
     */
    private static void dropStaleSchemas(String url, String user, String password) {
        long tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement();
                var schemas = statement.executeQuery("SELECT nspname FROM pg_namespace n"
                        + " WHERE nspname ~ '^rempart_test_[0-9]+_[0-9a-f]+$'"
                        + " AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a"
                        + " WHERE a.application_name = n.nspname)")) {
            while (schemas.next()) {
                String name = schemas.getString(1);
                if (Long.parseLong(name.split("_")[2]) < tenMinutesAgo) {
                    stale.add(name);
                }
            }
        } catch (SQLException e) {
            System.err.println("Could not list the test schemas: " + e.getMessage());
        }
        stale.forEach(name -> dropSchema(url, user, password, name));
    }

    private static void dropSchema(String url, String user, String password, String schema) {
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
