package org.rempart.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The frequency cap: a contact who got three marketing emails this week is left out of the
 * fourth campaign's audience, counted as such beside the contacts left out for other reasons,
 * while the others of the segment get it.
 */
@StorageTest
class FrequencyCapTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;

    @Test
    void aContactWithThreeEmailsThisWeekIsLeftOutOfTheFourth() throws Exception {
        contactAtTheCapIsLeftOutOfTheNext(new CampaignClient(mvc, fixtures.operator(Role.MARKETER).token()), 3);
    }

    /**
     * Sends {@code cap} campaigns to one contact of a segment of four, then one to the segment:
     * that contact is left out of it, and counted under {@code FREQUENCY_CAP}.
     */
    static void contactAtTheCapIsLeftOutOfTheNext(CampaignClient api, int cap) throws Exception {
        String segment = "cap" + System.nanoTime();
        String busy = segment + "-busy";
        api.contact(contact(segment + ".busy@destinataires.example", "oui", segment, busy));
        api.contact(contact(segment + ".calm@destinataires.example", "oui", segment));
        api.contact(contact(segment + ".quiet@destinataires.example", "oui", segment));
        api.contact(contact(segment + ".refus@destinataires.example", "non", segment));

        for (int i = 1; i <= cap; i++) {
            JsonNode sent = api.sendAndWait(api.campaign(CampaignClient.emailToTag("Relance " + i, busy)), Duration.ofSeconds(30));
            assertThat(sent.get("sent").asLong()).as("campaign %d to the busy contact", i).isEqualTo(1);
        }
        JsonNode next = api.sendAndWait(api.campaign(CampaignClient.emailToTag("Offre", segment)), Duration.ofSeconds(30));

        assertThat(next.get("audience").asLong()).isEqualTo(2);
        assertThat(next.get("sent").asLong()).isEqualTo(2);
        assertThat(next.get("excludedBy").get("FREQUENCY_CAP").asLong()).isEqualTo(1);
        assertThat(next.get("excludedBy").get("NO_CONSENT").asLong()).isEqualTo(1);
    }

    private static String contact(String email, String consent, String... tags) {
        return """
                {"kind":"prospect","firstName":"Lou","email":"%s","consents":{"EMAIL":"%s"},"tags":["%s"]}"""
                .formatted(email, consent, String.join("\",\"", tags));
    }
}
