package org.rempart.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.rempart.HttpApi;
import tools.jackson.databind.JsonNode;

/** Uploads CSV files to a running Rempart over real HTTP (multipart/form-data) and waits for their import. */
public final class ImportClient {

    private final HttpApi api;
    private final String token;

    public ImportClient(int port, String token) {
        this.api = new HttpApi(port);
        this.token = token;
    }

    HttpResponse<String> upload(byte[] file, Map<String, String> fields) {
        String boundary = "rempart-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request("/api/imports", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Uploads a file and returns the job's final status. */
    public JsonNode run(byte[] file, Map<String, String> fields) {
        var started = upload(file, fields);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return await(api.json(started).get("id").asLong());
    }

    JsonNode await(long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = api.json(api.get("/api/imports/" + id, token));
            if (!status.get("status").asString().equals("RUNNING")) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " still running");
    }

    HttpApi api() {
        return api;
    }
}
