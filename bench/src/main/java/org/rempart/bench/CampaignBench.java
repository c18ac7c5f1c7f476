package org.rempart.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rempart.delivery.email.DkimCeiling;
import org.rempart.delivery.email.SmtpFloor;
import org.rempart.delivery.email.SmtpSink;
import org.rempart.delivery.sms.InProcessSmsc;
import tools.jackson.databind.JsonNode;

/**
 * A campaign end to end through a running Rempart: contacts imported, then a campaign to all of
 * them, snapshot, decryption, rendering and delivery to a local sink, timed from the send to SENT.
 * Email goes to an SMTP sink over {@code --connections}, compared in the same run with the rate at
 * which the sink takes pre-built messages of the same size over as many connections (the floor),
 * and with DKIM on, with the RSA-2048 signatures this JVM makes per second on all cores (the
 * ceiling). SMS go to an in-process SMSC over one bind with a window of {@code --window}.
 */
final class CampaignBench {

    private CampaignBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchApi.options(args);
        String channel = options.getOrDefault("channel", "email");
        int contacts = Integer.parseInt(options.getOrDefault("contacts", "200000"));
        String db = options.getOrDefault("db", "postgres");
        boolean dkim = Boolean.parseBoolean(options.getOrDefault("dkim", "false"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "8"));
        int window = Integer.parseInt(options.getOrDefault("window", "10"));
        String warmUp = options.getOrDefault("warm-up", "full");
        if (!List.of("quarter", "full", "none").contains(warmUp)) {
            throw new IllegalArgumentException("--warm-up is quarter, full or none, not " + warmUp);
        }
        Path file = ContactFile.generate(Path.of(options.getOrDefault("dir", "/tmp/rempart-bench"),
                "contacts-" + contacts + ".csv"), contacts);
        var memory = new PeakMemory();
        memory.start();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        // A sending node runs on a fixed heap (README, "Sizing a sending node"): say which this run had.
        System.out.printf("RESULT heap initial_mb=%d max_mb=%d%n", heap.getInit() >> 20, heap.getMax() >> 20);
        try (var sink = new SmtpSink(); var smsc = InProcessSmsc.counting("rempart", "bench")) {
            Map<String, Object> settings = new HashMap<>(Map.of("rempart.smtp.host", "127.0.0.1",
                    "rempart.smtp.port", sink.port(), "rempart.smtp.tls", "none",
                    "rempart.smtp.connections", connections, "rempart.dkim.enabled", dkim,
                    "rempart.smpp.host", "127.0.0.1", "rempart.smpp.port", smsc.port(),
                    "rempart.smpp.system-id", "rempart", "rempart.smpp.password", "bench"));
            settings.putAll(Map.of("rempart.smpp.window", window, "rempart.smpp.rate", 1_000_000,
                    "rempart.sms.hours", "off", "rempart.campaigns.frequency-cap", 1000));
            try (var rempart = RunningRempart.start(db, options.getOrDefault("postgres-url",
                    "jdbc:postgresql://127.0.0.1:5432/test"), settings)) {
                var api = new BenchApi(rempart.port());
                long start = System.nanoTime();
                JsonNode imported = api.awaitImport(api.upload(file), start);
                System.out.printf("imported %d contacts in %.1f s, RSS %d MB%n", imported.get("created").asLong(),
                        (System.nanoTime() - start) / 1e9, PeakMemory.current() >> 20);
                String campaign = channel.equals("sms") ? SMS : EMAIL;
                double floorBefore = 0;
                if (!warmUp.equals("none")) {
                    // A campaign first (all of the audience, or a quarter), so that the measured one
                    // runs on compiled code, as on a server that has been sending for a while.
                    var mark = new SinkMark(sink);
                    JsonNode warm = send(api, warmUp.equals("full") ? campaign
                            : campaign.replace("\"filter\":{}", WARM_UP_FILTER));
                    double warmSeconds = seconds(warm);
                    System.out.printf("warm-up campaign: %d sent in %.1f s, %.0f/s%n", warm.get("sent").asLong(),
                            warmSeconds, warm.get("sent").asLong() / warmSeconds);
                    if (channel.equals("email")) {
                        floorBefore = floor(sink, connections, mark.averageMessageBytes());
                    }
                }
                long rssBefore = PeakMemory.current();
                var mark = new SinkMark(sink);
                CpuTime cpuBefore = CpuTime.now();
                JsonNode done = send(api, campaign);
                CpuTime cpu = CpuTime.now().minus(cpuBefore);
                double seconds = seconds(done);
                long sent = done.get("sent").asLong();
                System.out.printf("RESULT campaign channel=%s db=%s dkim=%s audience=%d sent=%d failed=%d seconds=%.1f"
                        + " per_s=%.0f peak_rss_mb=%d (before the campaign %d)%n", channel, db, dkim,
                        done.get("audience").asLong(), sent, done.get("failed").asLong(), seconds, sent / seconds,
                        memory.peak() >> 20, rssBefore >> 20);
                // Until the campaign is seen SENT: up to one look of the harness after its end.
                System.out.printf("RESULT campaign cpu_us_per_message process=%.0f postgres=%.0f (by thread: %s)%n",
                        cpu.processNanos() / 1e3 / sent, cpu.postgresNanos() / 1e3 / sent,
                        cpu.threadsPerMessage(sent));
                if (channel.equals("email")) {
                    int size = mark.averageMessageBytes();
                    System.out.printf("RESULT campaign message_bytes=%d (average)%n", size);
                    compare(sent / seconds, Math.max(floorBefore, floor(sink, connections, size)), dkim);
                } else {
                    System.out.printf("RESULT smsc submit_sm=%d%n", smsc.submits());
                }
            }
        }
        System.out.printf("RESULT process peak_rss_mb=%d (VmHWM)%n", PeakMemory.highWaterMark() >> 20);
        System.exit(0);
    }

    /**
     * Creates the campaign, sends it and waits until it is sent; the answer gets {@code
     * sentRequestedAt}, the time of the send request by the clock that dates {@code finishedAt}.
     */
    private static JsonNode send(BenchApi api, String campaign) throws Exception {
        long id = api.post("/api/campaigns", campaign).get("id").asLong();
        long start = System.nanoTime();
        Instant requested = Instant.now();
        api.post("/api/campaigns/" + id + "/send", "");
        var done = (tools.jackson.databind.node.ObjectNode) awaitSent(api, id, start);
        return done.put("sentRequestedAt", requested.toString());
    }

    /** A campaign's length, from its send request to its own {@code finishedAt}. */
    private static double seconds(JsonNode done) {
        return Duration.between(Instant.parse(done.get("sentRequestedAt").asString()),
                Instant.parse(done.get("finishedAt").asString())).toNanos() / 1e9;
    }

    /** The floor now: pre-built messages of a campaign's average size, over the same connections. */
    private static double floor(SmtpSink sink, int connections, int messageBytes) throws Exception {
        CpuTime before = CpuTime.now();
        var floor = SmtpFloor.measureMessagesOf("127.0.0.1", sink.port(), connections, messageBytes, 50_000);
        System.out.printf("floor: %d-byte messages, %.0f messages/s, %.0f µs of CPU per message%n",
                floor.messageBytes(), floor.perSecond(),
                CpuTime.now().minus(before).processNanos() / 1e3 / floor.messages());
        return floor.perSecond();
    }

    /**
     * The campaign's rate against the higher of the floors measured before and after it (the first
     * runs on less compiled code, and the database may still be cleaning up after the campaign),
     * and with DKIM, against the ceiling.
     */
    private static void compare(double rate, double floor, boolean dkim) throws Exception {
        System.out.printf("RESULT floor per_s=%.0f campaign/floor=%.0f%%%n", floor, 100 * rate / floor);
        if (dkim) {
            double ceiling = DkimCeiling.signaturesPerSecond(Duration.ofSeconds(10));
            System.out.printf("RESULT dkim-ceiling signatures_per_s=%.0f campaign/ceiling=%.0f%%%n", ceiling,
                    100 * rate / ceiling);
        }
    }

    /** What the sink had received at a point: the average size of the messages received since. */
    private record SinkMark(SmtpSink sink, long messages, long bytes) {

        SinkMark(SmtpSink sink) {
            this(sink, sink.messages(), sink.bytes());
        }

        int averageMessageBytes() {
            return (int) ((sink.bytes() - bytes) / Math.max(1, sink.messages() - messages));
        }
    }

    private static JsonNode awaitSent(BenchApi api, long id, long start) throws Exception {
        long lastPrint = 0;
        while (true) {
            JsonNode state = api.get("/api/campaigns/" + id);
            String status = state.get("status").asString();
            if (status.equals("SENT") || status.equals("PAUSED") || status.equals("CANCELLED")) {
                return state;
            }
            long now = System.nanoTime();
            if (now - lastPrint > 10_000_000_000L) {
                System.out.printf("  %5.0f s: %s, %d sent, %d pending, RSS %d MB%n", (now - start) / 1e9, status,
                        state.get("sent").asLong(), state.get("pending").asLong(), PeakMemory.current() >> 20);
                lastPrint = now;
            }
            // Each look computes the campaign's figures over all its deliveries, as its page does
            // every few seconds; the run's length comes from the campaign's own end time.
            Thread.sleep(LOOK_EVERY.toMillis());
        }
    }

    private static final Duration LOOK_EVERY = Duration.ofSeconds(5);

    private static final String EMAIL = """
            {"name":"Benchmark","channel":"EMAIL","fromName":"Rempart Offres","fromAddress":"offres@bench.rempart.example",
             "subject":"{{#first_name}}{{first_name}}, {{/first_name}}nos offres de la semaine",
             "html":"<html><body><h1>Bonjour {{first_name}} {{last_name}}</h1>%s<p><a href=\\"https://www.rempart.example/offres\\">Voir les offres</a> - <a href=\\"https://www.rempart.example/boutique\\">La boutique</a></p><p>Votre niveau : {{fidelite}}</p></body></html>",
             "utm":{"source":"rempart","medium":"email","campaign":"bench"},"filter":{}}"""
            .formatted("<p>Découvrez cette semaine nos forfaits, nos téléphones et nos accessoires à prix doux."
                    + " Livraison offerte, retours gratuits pendant trente jours.</p>".repeat(30));

    private static final String WARM_UP_FILTER = "\"filter\":{\"field\":\"carrier\",\"op\":\"eq\",\"value\":\"Free\"}";

    private static final String SMS = """
            {"name":"Benchmark","channel":"SMS","sender":"RempartTel",
             "text":"{{first_name}}, -20% sur votre forfait cette semaine : https://www.rempart.example/promo STOP au 36123",
             "filter":{}}""";
}
