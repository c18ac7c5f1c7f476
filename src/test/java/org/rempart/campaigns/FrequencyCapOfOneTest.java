package org.rempart.campaigns;

import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The frequency cap follows {@code rempart.campaigns.frequency-cap}: set to one, a contact who got
 * one marketing email this week is left out of the next campaign and counted under
 * {@code FREQUENCY_CAP}, where the default of three would have kept them.
 */
@StorageTest
@TestPropertySource(properties = "rempart.campaigns.frequency-cap=1")
class FrequencyCapOfOneTest {

    private final CampaignClient api;

    @Autowired
    FrequencyCapOfOneTest(MockMvc mvc, IdentityFixtures fixtures) {
        this.api = new CampaignClient(mvc, fixtures.operator(Role.MARKETER).token());
    }

    @Test
    void aContactWithOneEmailThisWeekIsLeftOutOfTheSecond() throws Exception {
        FrequencyCapTest.contactAtTheCapIsLeftOutOfTheNext(api, 1);
    }
}
