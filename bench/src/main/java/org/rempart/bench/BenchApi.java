package org.rempart.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A running Rempart's API as the harnesses drive it: over HTTP, with the bench's ADMIN token. */
final class BenchApi {

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    BenchApi(int port) {
        this.base = "http://localhost:" + port;
    }

    String base() {
        return base;
    }

    JsonNode get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + RunningRempart.TOKEN).GET().build();
        return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    JsonNode post(String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + RunningRempart.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    /** Uploads a CSV file to {@code /api/imports} and returns the job id. */
    long upload(Path file) throws Exception {
        String boundary = "rempart-bench-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\nbenchmark\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(base + "/api/imports"))
                .header("Authorization", "Bearer " + RunningRempart.TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("upload refused: " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).get("id").asLong();
    }

    /** Follows an import job to its end, printing its progress every ten seconds. */
    JsonNode awaitImport(long id, long start) throws Exception {
        long lastPrint = 0;
        while (true) {
            JsonNode status = get("/api/imports/" + id);
            if (!status.get("status").asString().equals("RUNNING")) {
                return status;
            }
            long now = System.nanoTime();
            if (now - lastPrint > 10_000_000_000L) {
                System.out.printf("  %5.0f s: %d rows, %.0f%%, RSS %d MB%n", (now - start) / 1e9,
                        status.get("rowsRead").asLong(), status.get("progress").asDouble() * 100,
                        PeakMemory.current() >> 20);
                lastPrint = now;
            }
            Thread.sleep(250);
        }
    }

    /** {@code --name value} pairs. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
