package org.rempart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.HttpApi;
import org.rempart.platform.DataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A first start on an empty database: the admin account, its password printed once and kept in a
 * private file, the bootstrap token; and afterwards no secret ever appears in the output again.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rempart.bootstrap-token=" + FirstStartTest.BOOTSTRAP_TOKEN)
@Tag("storage")
class FirstStartTest {

    static final String BOOTSTRAP_TOKEN = "deployment-chosen-token-0123456789abcdef";
    private static final Pattern PRINTED_PASSWORD = Pattern.compile("Initial password: (\\S+)");

    @LocalServerPort
    int port;
    @Autowired
    DataDirectory dataDirectory;

    @Test
    void theFirstStartCreatesTheAdminAndPrintsItsPasswordOnceOnly(CapturedOutput output) throws Exception {
        var matcher = PRINTED_PASSWORD.matcher(output.getOut());
        assertThat(matcher.find()).as("the initial password is printed").isTrue();
        String password = matcher.group(1);
        Path file = dataDirectory.resolve("initial-admin-password");
        assertThat(Files.readString(file).trim()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDirectory.path())))
                .isEqualTo("rwx------");
        try (var files = Files.list(dataDirectory.path())) {
            files.filter(Files::isRegularFile).forEach(f -> assertThatIsPrivate(f));
        }

        var api = new HttpApi(port);
        var me = api.get("/api/me", BOOTSTRAP_TOKEN);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(api.json(me).path("username").asString()).isEqualTo("admin");

        var created = api.json(api.post("/api/operators", BOOTSTRAP_TOKEN,
                "{\"username\":\"second\",\"email\":\"s@example.org\",\"roles\":[\"ANALYST\"]}"));
        String token = api.json(api.post("/api/operators/" + created.path("id").asLong() + "/tokens",
                BOOTSTRAP_TOKEN, "{\"name\":\"t\",\"expiresInDays\":1}")).path("token").asString();
        assertThat(api.get("/api/me", token).statusCode()).isEqualTo(200);
        api.get("/api/operators", token);

        String everything = output.getAll();
        assertThat(count(everything, password)).as("the initial password appears once").isEqualTo(1);
        assertThat(everything).doesNotContain(BOOTSTRAP_TOKEN, token, created.path("initialPassword").asString());
    }

    private static void assertThatIsPrivate(Path file) {
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
