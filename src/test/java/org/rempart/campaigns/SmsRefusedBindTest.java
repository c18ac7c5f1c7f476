package org.rempart.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.contacts.UniqueNumbers;
import org.rempart.delivery.sms.InProcessSmsc;
import org.rempart.delivery.sms.TestSmsc;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An SMSC that refuses Rempart's bind (a wrong password): the campaign is paused with the reason
 * rather than failing its recipients, and nothing is lost.
 */
@StorageTest
@TestPropertySource(properties = "rempart.sms.hours=off")
class SmsRefusedBindTest {

    static final InProcessSmsc SMSC = TestSmsc.start("right");

    @DynamicPropertySource
    static void smsc(DynamicPropertyRegistry registry) {
        TestSmsc.register(registry, SMSC, "wrong");
        registry.add("rempart.smpp.bind-wait", () -> "500ms");
    }

    @AfterAll
    static void stop() throws IOException {
        SMSC.close();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;

    @Test
    void aRefusedBindPausesTheCampaignWithTheReason() throws Exception {
        var api = new CampaignClient(mvc, fixtures.operator(Role.MARKETER).token());
        String tag = "bind" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            api.contact("""
                    {"kind":"client","mobile":"%s","tags":["%s"]}""".formatted(UniqueNumbers.mobile(), tag));
        }
        long id = api.campaign("""
                {"name":"Refus","channel":"SMS","sender":"RempartTel","text":"Offre du jour STOP au 36123",
                 "filter":{"field":"tag","op":"eq","value":"%s"}}""".formatted(tag));
        api.ok(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/campaigns/" + id + "/send"), null);

        var paused = api.awaitStatus(id, "PAUSED", Duration.ofSeconds(60));

        assertThat(paused.get("pausedFor").asString()).contains("refused the bind");
        assertThat(paused.get("pending").asLong()).isEqualTo(3);
        assertThat(paused.get("failed").asLong()).isZero();
        assertThat(SMSC.received()).isEmpty();
    }
}
