package org.rempart.platform.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.rempart.platform.DataDirectory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database before anything connects to it: PostgreSQL when {@code REMPART_DB_URL} is
 * set (its sessions without query compilation, its batched inserts sent as multi-row statements),
 * otherwise the embedded H2 file database inside the data directory ({@code REMPART_DATA_DIR},
 * default {@code ./rempart-data}), which is created 0700 here, before H2 writes into it.
 */
public class StorageEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DATA_DIR = "rempart.data-dir";
    static final String DB_URL = "rempart.db.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path dataDir = Path.of(environment.getProperty(DATA_DIR, "rempart-data"));
        DataDirectory directory = new DataDirectory(dataDir).ensureExists();
        Map<String, Object> storage = new HashMap<>();
        storage.put(DATA_DIR, directory.path().toString());
        String url = environment.getProperty(DB_URL);
        if (url == null || url.isBlank()) {
            storage.put("spring.datasource.url", embeddedUrl(directory));
            storage.put("spring.datasource.username", "sa");
            storage.put("spring.datasource.password", "");
        } else {
            storage.put("spring.datasource.url", url);
            storage.put("spring.datasource.username", environment.getProperty("rempart.db.user", ""));
            storage.put("spring.datasource.password", environment.getProperty("rempart.db.password", ""));
            // PostgreSQL compiles a query whose estimated cost is high enough: the insert of a large
            // audience spent 200 ms compiling to run in 1 s. Rempart's queries run too briefly to
            // repay it. A URL that sets its own options keeps them.
            storage.put("spring.datasource.hikari.data-source-properties.options", "-c jit=off");
            // A batch of inserts as multi-row statements: an audit record's hundred subject ranges
            // were a hundred executions, under the lock of the audit chain's head.
            storage.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("rempartStorage", storage));
    }

    @Override
    public int getOrder() {
        // After the configuration files are read, so that they may set the data directory too.
        return Ordered.LOWEST_PRECEDENCE;
    }

    static String embeddedUrl(DataDirectory directory) {
        // PostgreSQL mode so that one set of migrations and queries serves both databases;
        // no trace file, so nothing but the database file lands in the directory.
        return "jdbc:h2:file:" + directory.resolve("rempart")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0";
    }
}
