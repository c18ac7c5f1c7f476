package org.rempart.delivery.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "stop", "Stop.", " STOP ", "ARRET", "Arrêt", "ARRÊT !", "arret", "STOP SMS",
            "stop sms", "Stop  SMS", "stop-sms"})
    void recognisesAnOptOut(String reply) {
        assertThat(StopWords.isStop(reply)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bonjour", "STOPPER", "Stop les promos le dimanche", "STOP 36123", "non stop",
            "arrete", "SMS STOP"})
    void anythingElseIsAConversation(String reply) {
        assertThat(StopWords.isStop(reply)).isFalse();
    }
}
