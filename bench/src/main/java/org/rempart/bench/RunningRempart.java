package org.rempart.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import org.rempart.RempartApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rempart started in this process as it runs in production, on a fresh data directory and either
 * the embedded H2 or a fresh PostgreSQL schema, with an ADMIN API token to drive it over HTTP.
 */
final class RunningRempart implements AutoCloseable {

    static final String TOKEN = "bench-token-" + "0123456789abcdef0123456789abcdef";

    private final ConfigurableApplicationContext context;
    private final String schema;
    private final String postgresUrl;

    private RunningRempart(ConfigurableApplicationContext context, String schema, String postgresUrl) {
        this.context = context;
        this.schema = schema;
        this.postgresUrl = postgresUrl;
    }

    static RunningRempart start(String db, String postgresUrl) throws Exception {
        return start(db, postgresUrl, Map.of());
    }

    /** With settings of the harness's own ({@code rempart.smtp.host}...), as an operator would give them. */
    static RunningRempart start(String db, String postgresUrl, Map<String, Object> settings) throws Exception {
        Map<String, Object> properties = new HashMap<>(settings);
        Path data = Files.createTempDirectory("rempart-bench").resolve("data");
        properties.put("rempart.data-dir", data.toString());
        properties.put("server.port", "0");
        properties.put("rempart.bootstrap-token", TOKEN);
        properties.put("logging.level.root", "warn");
        String schema = null;
        if (db.equals("postgres")) {
            schema = "rempart_bench_" + System.currentTimeMillis();
            properties.put("rempart.db.url", postgresUrl + (postgresUrl.contains("?") ? "&" : "?")
                    + "currentSchema=" + schema);
            properties.put("rempart.db.user", System.getProperty("bench.db.user", "postgres"));
            properties.put("spring.flyway.schemas", schema);
            properties.put("rempart.master-password", "benchmark-only master passphrase");
        }
        // As command-line arguments, so that they win over application.properties as an operator's settings do.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        var context = new SpringApplicationBuilder(RempartApplication.class).run(args);
        return new RunningRempart(context, schema, postgresUrl);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** Drops the PostgreSQL schema, unless {@code -Dbench.keep-schema=true} keeps it for a look with psql. */
    @Override
    public void close() throws Exception {
        context.close();
        if (schema != null && !Boolean.getBoolean("bench.keep-schema")) {
            try (var connection = DriverManager.getConnection(postgresUrl,
                    System.getProperty("bench.db.user", "postgres"), "");
                    var statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
