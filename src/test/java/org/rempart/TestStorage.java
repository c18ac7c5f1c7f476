package org.rempart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context storage of its own: a fresh data directory, and on
 * PostgreSQL (when {@code REMPART_TEST_DB_URL} is set) a fresh schema, dropped when the JVM exits.
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
            String schema = "rempart_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            storage.put("rempart.db.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            storage.put("rempart.db.user", user);
            storage.put("rempart.db.password", password);
            storage.put("spring.flyway.schemas", schema);
            // Outside the embedded default, the vault's keysets must be protected by a master key.
            storage.put("rempart.master-password", "test-only master passphrase");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(url, user, password, schema)));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("rempartTestStorage", storage));
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
