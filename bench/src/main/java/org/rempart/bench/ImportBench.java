package org.rempart.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end: generates a CSV of N contacts, starts Rempart (H2 or PostgreSQL), uploads the file
 * over HTTP as an operator would, waits for the import, then times segment counts over the
 * result. Prints rows/s, the peak resident memory of the process (which holds Rempart), and the
 * count latencies.
 */
final class ImportBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int rows = Integer.parseInt(options.getOrDefault("rows", "1000000"));
        String db = options.getOrDefault("db", "h2");
        int counts = Integer.parseInt(options.getOrDefault("counts", "7"));
        Path file = ContactFile.generate(Path.of(options.getOrDefault("dir", "/tmp/rempart-bench"),
                "contacts-" + rows + ".csv"), rows);
        System.out.printf("file: %s, %d rows, %.1f MB%n", file, rows, Files.size(file) / 1e6);
        var memory = new PeakMemory();
        memory.start();
        try (var rempart = RunningRempart.start(db, options.getOrDefault("postgres-url",
                "jdbc:postgresql://127.0.0.1:5432/test"))) {
            String base = "http://localhost:" + rempart.port();
            System.out.printf("rempart started on %s (%s), RSS %d MB%n", base, db, PeakMemory.current() >> 20);
            long start = System.nanoTime();
            long id = upload(base, file);
            double uploaded = (System.nanoTime() - start) / 1e9;
            JsonNode status = await(base, id, start);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("import %s: %d rows read, %d created, %d updated, %d rejected%n",
                    status.get("status").asString(), status.get("rowsRead").asLong(), status.get("created").asLong(),
                    status.get("updated").asLong(), status.get("rejected").asLong());
            System.out.printf("RESULT import db=%s rows=%d seconds=%.1f (upload %.1f) rows_per_s=%.0f peak_rss_mb=%d%n",
                    db, rows, seconds, uploaded, status.get("rowsRead").asLong() / seconds, memory.peak() >> 20);
            segmentCounts(base, counts);
        }
        System.out.printf("RESULT process peak_rss_mb=%d (VmHWM)%n", PeakMemory.highWaterMark() >> 20);
        System.exit(0);
    }

    private static long upload(String base, Path file) throws Exception {
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
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("upload refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private static JsonNode await(String base, long id, long start) throws Exception {
        long lastPrint = 0;
        while (true) {
            JsonNode status = get(base, "/api/imports/" + id);
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

    /** Times each filter: one warm-up, then {@code runs} counts; prints the median and the slowest. */
    private static void segmentCounts(String base, int runs) throws Exception {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("all", "{}");
        filters.put("clients", "{\"field\":\"kind\",\"op\":\"eq\",\"value\":\"CLIENT\"}");
        filters.put("orange-paris-25-44", "{\"all\":[{\"field\":\"carrier\",\"op\":\"eq\",\"value\":\"Orange\"},"
                + "{\"field\":\"postcode\",\"op\":\"prefix\",\"value\":\"75\"},"
                + "{\"field\":\"ageBand\",\"op\":\"in\",\"value\":[\"25-34\",\"35-44\"]}]}");
        filters.put("email-opt-in-or-client", "{\"any\":[{\"field\":\"consent.EMAIL\",\"op\":\"eq\",\"value\":\"YES\"},"
                + "{\"all\":[{\"field\":\"kind\",\"op\":\"eq\",\"value\":\"CLIENT\"},"
                + "{\"not\":{\"field\":\"consent.EMAIL\",\"op\":\"eq\",\"value\":\"NO\"}}]}]}");
        filters.put("attribute-gold", "{\"field\":\"attributes.fidelite\",\"op\":\"eq\",\"value\":\"gold\"}");
        for (var filter : filters.entrySet()) {
            List<Double> times = new ArrayList<>();
            long count = 0;
            for (int i = 0; i <= runs; i++) {
                long start = System.nanoTime();
                count = post(base, "/api/segments/count", "{\"filter\":" + filter.getValue() + "}").get("count").asLong();
                if (i > 0) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
            times.sort(null);
            System.out.printf("RESULT segment-count filter=%s count=%d median_ms=%.1f max_ms=%.1f%n", filter.getKey(),
                    count, times.get(times.size() / 2), times.getLast());
        }
    }

    private static JsonNode get(String base, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + RunningRempart.TOKEN).GET().build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonNode post(String base, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + RunningRempart.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
