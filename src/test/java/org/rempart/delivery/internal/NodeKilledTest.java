package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rempart.RempartApplication;
import org.rempart.StorageTest;
import org.rempart.campaigns.CampaignClient;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A sending node killed with SIGKILL mid-campaign loses no recipient. A Rempart process sends a
 * campaign to GreenMail and is killed by the operating system (no shutdown, no rollback but the
 * database's own); Rempart is then started again on the same database, and its engine takes the
 * dead node's batches over once their lease expires. Every recipient gets the message; those that
 * get it twice are the messages in flight at the kill, at most a group per worker, each time
 * with the same Message-ID. Nodes are separate processes sharing a database: the suite runs this
 * test on PostgreSQL only (the embedded H2 belongs to one process).
 */
@StorageTest
@EnabledIfEnvironmentVariable(named = "REMPART_TEST_DB_URL", matches = ".+")
@TestPropertySource(properties = {"rempart.dispatch.enabled=false", "rempart.dkim.enabled=false"})
class NodeKilledTest {

    private static final int RECIPIENTS = 1_000;
    private static final int CONNECTIONS = 2;
    /** Each email worker's group of results written at once (the test settings' default). */
    private static final int RECORD_EVERY = 10;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Environment environment;
    @LocalServerPort
    int port;
    @TempDir
    Path logs;

    private final List<Process> nodes = new ArrayList<>();

    @AfterEach
    void killNodes() throws InterruptedException {
        for (Process node : nodes) {
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aNodeKilledMidCampaignLosesNoRecipientAndItsInFlightMessagesKeepTheirMessageId() throws Exception {
        String token = fixtures.operator(Role.MARKETER).token();
        var api = new CampaignClient(mvc, token);
        long id = api.campaign(TestEngines.campaign(TestEngines.contacts(port, token, RECIPIENTS)));
        api.ok(post("/api/campaigns/" + id + "/send"), null);

        // Slowed down, so that the kill falls in the middle of the campaign.
        Process first = startNode("first", "--rempart.smtp.rate=150");
        assertThat(SMTP.waitForIncomingEmail(90_000, 150)).as(tail("first")).isTrue();
        first.destroyForcibly(); // SIGKILL
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int beforeTheKill = SMTP.getReceivedMessages().length;
        assertThat(beforeTheKill).as("sent before the kill").isLessThan(RECIPIENTS);
        startNode("restarted");

        var done = api.awaitStatus(id, "SENT", Duration.ofMinutes(2));

        assertThat(done.get("sent").asLong()).isEqualTo(RECIPIENTS);
        Map<String, Set<String>> messageIds = new HashMap<>();
        int messages = 0;
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            messages++;
            messageIds.computeIfAbsent(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                    r -> new HashSet<>()).add(message.getMessageID());
        }
        assertThat(messageIds).as("every recipient reached").hasSize(RECIPIENTS);
        assertThat(messageIds.values()).as("one Message-ID per recipient").allMatch(ids -> ids.size() == 1);
        int workers = 2 * CONNECTIONS;
        assertThat(messages - RECIPIENTS).as("sent twice: in flight at the kill").isBetween(0, workers * RECORD_EVERY);
        for (String node : List.of("first", "restarted")) {
            assertThat(Files.readString(logs.resolve(node + ".log"))).as("a node's output names no recipient")
                    .doesNotContain("@destinataires.example");
        }
    }

    /**
     * Rempart in a process of its own, on the test's database and data directory (its keys),
     * sending to GreenMail; its output goes to a file.
     */
    private Process startNode(String name, String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                RempartApplication.class.getName()));
        for (String property : List.of("rempart.db.url", "rempart.db.user", "rempart.db.password",
                "rempart.master-password", "rempart.data-dir", "spring.flyway.schemas")) {
            command.add("--" + property + "=" + environment.getRequiredProperty(property));
        }
        command.addAll(List.of("--rempart.smtp.host=127.0.0.1", "--rempart.smtp.port=" + SMTP.getSmtp().getPort(),
                "--rempart.smtp.tls=none", "--rempart.smtp.connections=" + CONNECTIONS,
                "--rempart.dispatch.record-every=" + RECORD_EVERY, "--rempart.dispatch.lease=3s",
                "--rempart.dkim.enabled=false"));
        command.addAll(List.of(settings));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        // The test's storage names a new schema for every context it starts: the node takes this one's.
        builder.environment().remove("REMPART_TEST_DB_URL");
        Process node = builder.start();
        nodes.add(node);
        return node;
    }

    /** The end of a node's output, for a failure's message: Rempart's logs hold no personal data. */
    private String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(logs.resolve(name + ".log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "no output: " + e.getMessage();
        }
    }
}
