package org.rempart.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.StorageTest;
import org.rempart.TravellingClock;
import org.rempart.contacts.UniqueNumbers;
import org.rempart.delivery.GsmAlphabet;
import org.rempart.delivery.sms.InProcessSmsc;
import org.rempart.delivery.sms.TestSmsc;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An SMS campaign against an in-process SMSC: submits with tracked short links, a connection
 * dropped mid-campaign (nothing lost), receipts, a STOP reply that withdraws consent, and the
 * legal sending hours (a campaign started after Saturday 20:00 waits for Monday 08:00).
 */
@StorageTest
@ExtendWith(OutputCaptureExtension.class)
@Import(SmsCampaignTest.Saturday.class)
class SmsCampaignTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant SATURDAY_EVENING = LocalDateTime.parse("2026-12-05T19:58:00").atZone(PARIS).toInstant();
    static final InProcessSmsc SMSC = TestSmsc.start("s3cr3t");

    @TestConfiguration
    static class Saturday {
        @Bean
        @Primary
        TravellingClock travellingClock() {
            return new TravellingClock(SATURDAY_EVENING);
        }
    }

    @DynamicPropertySource
    static void smsc(DynamicPropertyRegistry registry) {
        TestSmsc.register(registry, SMSC, "s3cr3t");
        registry.add("rempart.smpp.reconnect-min", () -> "100ms");
    }

    @AfterAll
    static void stop() throws IOException {
        SMSC.close();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    TravellingClock clock;
    @Autowired
    Clock usedClock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void smsCampaignsHonourReceiptsStopRepliesAndSendingHours(CapturedOutput output) throws Exception {
        assertThat(usedClock).isSameAs(clock);
        clock.travelTo(SATURDAY_EVENING);
        var api = new CampaignClient(mvc, fixtures.operator(Role.MARKETER).token());
        String tag = "sms" + System.nanoTime();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String mobile = UniqueNumbers.mobile();
            numbers.add(UniqueNumbers.e164(mobile));
            api.contact("""
                    {"kind":"client","firstName":"Noé","mobile":"%s","consents":{"SMS":"oui"},"tags":["%s"]}"""
                    .formatted(mobile, tag));
        }
        String campaign = """
                {"name":"%s","channel":"SMS","sender":"RempartTel",
                 "text":"Bonjour {{first_name}}, -20%% sur https://www.rempart-test.fr/promo STOP au 36123",
                 "filter":{"field":"tag","op":"eq","value":"%s"}}""";
        int before = SMSC.received().size();
        SMSC.dropConnectionAt(SMSC.submits() + 3);

        long first = api.campaign(campaign.formatted("Samedi soir", tag));
        var sent = api.sendAndWait(first, Duration.ofSeconds(60));

        assertThat(sent.get("sent").asLong()).isEqualTo(6);
        assertThat(sent.get("segments").asLong()).as("one segment each").isEqualTo(6);
        var submits = SMSC.received().subList(before, SMSC.received().size()).stream()
                .filter(r -> r.status() == 0).toList();
        Map<String, Long> perNumber = submits.stream().collect(Collectors.groupingBy(
                r -> "+" + r.pdu().getDestAddress(), Collectors.counting()));
        assertThat(perNumber.keySet()).containsExactlyInAnyOrderElementsOf(numbers);
        var pdu = submits.getFirst().pdu();
        assertThat(pdu.getDataCoding()).isZero();
        String text = new String(GsmAlphabet.decode(pdu.getShortMessage()));
        assertThat(text).startsWith("Bonjour Noé, -20% sur http").contains("/s/").endsWith("STOP au 36123");

        // Receipts refer to the message ids the engine kept (a message in flight at the drop was sent again).
        List<String> kept = jdbc.sql("SELECT m.provider_id FROM delivery_message_id m JOIN delivery d"
                + " ON d.id = m.delivery_id WHERE d.campaign_id = ? ORDER BY m.provider_id").param(first)
                .query(String.class).list();
        assertThat(kept).hasSize(6);
        SMSC.deliverReceipt(kept.get(0), "DELIVRD", "000");
        SMSC.deliverReceipt(kept.get(1), "UNDELIV", "001");
        String stopped = "+" + submits.get(2).pdu().getDestAddress();
        SMSC.deliver(stopped.substring(1), TypeOfNumber.INTERNATIONAL, (byte) 0, (byte) 0, GsmAlphabet.encode("Stop"));
        awaitFigure(api, first, "delivered", 1);
        awaitFigure(api, first, "undelivered", 1);

        int afterFirst = SMSC.received().size();
        clock.travelTo(LocalDateTime.parse("2026-12-05T20:00:30").atZone(PARIS).toInstant());
        long second = api.campaign(campaign.formatted("Trop tard", tag));
        api.ok(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/campaigns/" + second + "/send"), null);
        Thread.sleep(1000);
        var waiting = api.campaign(second);
        assertThat(waiting.get("status").asString()).isEqualTo("SENDING");
        assertThat(waiting.get("audience").asLong()).as("the STOP reply left the audience").isEqualTo(5);
        assertThat(waiting.get("pending").asLong()).isEqualTo(5);
        assertThat(Instant.parse(waiting.get("waitingUntil").asString()))
                .isEqualTo(LocalDateTime.parse("2026-12-07T08:00:00").atZone(PARIS).toInstant());

        clock.travelTo(LocalDateTime.parse("2026-12-07T08:00:01").atZone(PARIS).toInstant());
        var monday = api.awaitStatus(second, "SENT", Duration.ofSeconds(60));
        assertThat(monday.get("sent").asLong()).isEqualTo(5);
        assertThat(SMSC.received().subList(afterFirst, SMSC.received().size()).stream()
                .map(r -> "+" + r.pdu().getDestAddress())).as("the second campaign's recipients")
                .hasSize(5).doesNotContain(stopped);
        numbers.forEach(n -> assertThat(output.getAll()).doesNotContain(n).doesNotContain(n.substring(1)));
    }

    private static void awaitFigure(CampaignClient api, long id, String figure, long expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (api.campaign(id).get(figure).asLong() != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(api.campaign(id).get(figure).asLong()).as(figure).isEqualTo(expected);
    }
}
