package org.rempart.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * End to end: generates a CSV of N contacts, starts Rempart (H2 or PostgreSQL), uploads the file
 * over HTTP as an operator would, waits for the import, then times segment counts over the
 * result. Prints rows/s, the peak resident memory of the process (which holds Rempart), and the
 * count latencies.
 */
final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchApi.options(args);
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
            var api = new BenchApi(rempart.port());
            System.out.printf("rempart started on %s (%s), RSS %d MB%n", api.base(), db, PeakMemory.current() >> 20);
            long start = System.nanoTime();
            long id = api.upload(file);
            double uploaded = (System.nanoTime() - start) / 1e9;
            JsonNode status = api.awaitImport(id, start);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("import %s: %d rows read, %d created, %d updated, %d rejected%n",
                    status.get("status").asString(), status.get("rowsRead").asLong(), status.get("created").asLong(),
                    status.get("updated").asLong(), status.get("rejected").asLong());
            System.out.printf("RESULT import db=%s rows=%d seconds=%.1f (upload %.1f) rows_per_s=%.0f peak_rss_mb=%d%n",
                    db, rows, seconds, uploaded, status.get("rowsRead").asLong() / seconds, memory.peak() >> 20);
            segmentCounts(api, counts);
        }
        System.out.printf("RESULT process peak_rss_mb=%d (VmHWM)%n", PeakMemory.highWaterMark() >> 20);
        System.exit(0);
    }

    /** Times each filter: one warm-up, then {@code runs} counts; prints the median and the slowest. */
    private static void segmentCounts(BenchApi api, int runs) throws Exception {
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
                count = api.post("/api/segments/count", "{\"filter\":" + filter.getValue() + "}").get("count").asLong();
                if (i > 0) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
            times.sort(null);
            System.out.printf("RESULT segment-count filter=%s count=%d median_ms=%.1f max_ms=%.1f%n", filter.getKey(),
                    count, times.get(times.size() / 2), times.getLast());
        }
    }
}
