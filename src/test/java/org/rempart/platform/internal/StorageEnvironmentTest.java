package org.rempart.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class StorageEnvironmentTest {

    private static final String OPTIONS = "spring.datasource.hikari.data-source-properties.options";
    private static final String REWRITE = "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts";

    @TempDir
    Path dir;

    @Test
    void withoutADatabaseUrlRempartUsesH2InItsDataDirectory() {
        var environment = environment(Map.of("rempart.data-dir", dir.resolve("data").toString()));

        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:" + dir.resolve("data"));
        assertThat(environment.containsProperty(OPTIONS)).isFalse();
        assertThat(environment.containsProperty(REWRITE)).isFalse();
    }

    @Test
    void postgresqlSessionsRunWithoutQueryCompilationAndSendBatchedInsertsAsMultiRowStatements() {
        var environment = environment(Map.of("rempart.data-dir", dir.resolve("data").toString(), "rempart.db.url",
                "jdbc:postgresql://db.example/rempart", "rempart.db.user", "rempart"));

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example/rempart");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("rempart");
        assertThat(environment.getProperty(OPTIONS)).isEqualTo("-c jit=off");
        assertThat(environment.getProperty(REWRITE)).isEqualTo("true");
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
        new StorageEnvironment().postProcessEnvironment(environment, null);
        return environment;
    }
}
