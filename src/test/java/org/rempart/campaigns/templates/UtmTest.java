package org.rempart.campaigns.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UtmTest {

    private final Utm utm = new Utm("newsletter", "email", "soldes été", "bouton", "forfait 5g");

    @Test
    void parametersFollowTheQueryAndPrecedeTheFragment() {
        String all = "utm_source=newsletter&utm_medium=email&utm_campaign=soldes+%C3%A9t%C3%A9&utm_content=bouton&utm_term=forfait+5g";
        assertThat(utm.appendTo("https://rempart.test")).isEqualTo("https://rempart.test?" + all);
        assertThat(utm.appendTo("https://rempart.test/a?b=1#c")).isEqualTo("https://rempart.test/a?b=1&" + all + "#c");
        assertThat(utm.appendTo("https://rempart.test/a?#c")).isEqualTo("https://rempart.test/a?" + all + "#c");
    }

    @Test
    void aParameterTheLinkCarriesKeepsItsValue() {
        assertThat(new Utm("newsletter", "email", null, null, "")
                .appendTo("https://rempart.test/?utm_source=partenaire&x=1"))
                .isEqualTo("https://rempart.test/?utm_source=partenaire&x=1&utm_medium=email");
    }

    @Test
    void noParametersLeaveTheLinkAlone() {
        assertThat(Utm.NONE.appendTo("https://rempart.test/a?b=1#c")).isEqualTo("https://rempart.test/a?b=1#c");
    }
}
