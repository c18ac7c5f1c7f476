package org.rempart.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerritoryTest {

    @ParameterizedTest
    @CsvSource({
            "+33612345678,   METROPOLITAN_FRANCE,       Europe/Paris",
            "0612345678,     METROPOLITAN_FRANCE,       Europe/Paris",
            "+262692123456,  REUNION,                   Indian/Reunion",
            "+262269612345,  MAYOTTE,                   Indian/Mayotte",
            "+262639012345,  MAYOTTE,                   Indian/Mayotte",
            "+590690123456,  GUADELOUPE,                America/Guadeloupe",
            "+590590271234,  SAINT_BARTHELEMY,          America/Guadeloupe",
            "+590590771234,  SAINT_MARTIN,              America/Guadeloupe",
            "+594694123456,  FRENCH_GUIANA,             America/Cayenne",
            "+596696123456,  MARTINIQUE,                America/Martinique",
            "+508551234,     SAINT_PIERRE_AND_MIQUELON, America/Miquelon",
            "+687751234,     NEW_CALEDONIA,             Pacific/Noumea",
            "+68987123456,   FRENCH_POLYNESIA,          Pacific/Tahiti",
            "+681821234,     WALLIS_AND_FUTUNA,         Pacific/Wallis",
            "+32470123456,   METROPOLITAN_FRANCE,       Europe/Paris"})
    void aNumberRingsInItsTerritorysZone(String number, Territory territory, String zone) {
        assertThat(Territory.of(number)).isEqualTo(territory);
        assertThat(Territory.of(number).zone().getId()).isEqualTo(zone);
    }
}
