package org.rempart.campaigns.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rempart.campaigns.StopMention;
import org.rempart.delivery.NonGsmCharacter;
import org.rempart.delivery.SmsEncoding;
import org.rempart.delivery.SmsText;
import org.rempart.platform.RequestRejectedException;
import org.rempart.vault.ContactIdentity;

class SmsTemplateTest {

    private static final StopMention STOP = new StopMention("STOP au 36123");
    private static final Set<String> ATTRIBUTES = Set.of("ville");

    private final FakeTrackingLinks tracking = new FakeTrackingLinks();

    private static MergeValues contact(String firstName, String ville) {
        return MergeValues.of(new ContactIdentity("Martin", firstName, null, "+33612345678", null, null), Map.of("ville", ville));
    }

    private static String rejection(String text) {
        return catchThrowableOfType(RequestRejectedException.class, () -> SmsTemplate.compile(text, ATTRIBUTES, STOP)).getReason();
    }

    @Test
    void aTextWithoutTheStopMentionIsRefusedWithTheMentionToAppend() {
        assertThat(rejection("Bonjour {{first_name}}, -20% ce week-end"))
                .isEqualTo("text: a marketing SMS must carry the STOP mention, outside any section: append \"STOP au 36123\"");
        assertThat(rejection("Promo {{#first_name}}STOP au 36123{{/first_name}}")).contains("STOP mention");
        assertThat(rejection("Promo STOP au {{ville}}")).contains("STOP mention");
        assertThat(rejection(null)).contains("STOP mention");
    }

    @Test
    void unknownFieldsAndSyntaxErrorsAreRefused() {
        assertThat(rejection("Bonjour {{first_name}} {{unsubscribe_url}} {{mobile}} STOP au 36123"))
                .startsWith("text: unknown merge fields unsubscribe_url (line 1), mobile (line 1); the merge fields are "
                        + "first_name, last_name, ville");
        assertThat(rejection("Bonjour STOP au 36123\n{{#first_name}}x")).isEqualTo("text, line 2: Section missing close tag 'first_name'");
    }

    @Test
    void valuesAreNotEscapedAndLinksAreShortened() {
        SmsTemplate template = SmsTemplate.compile(
                "{{#first_name}}{{first_name}}, {{/first_name}}offre à {{ville}} : https://rempart.test/sms?x=1&y=2. STOP au 36123",
                ATTRIBUTES, STOP);
        PreparedSms sms = template.prepare(new Utm("sms", null, null, null, null));
        assertThat(sms.links()).containsExactly("https://rempart.test/sms?x=1&y=2&utm_source=sms");
        SmsText text = sms.render(12, contact("Zoé & <Léa>", "Saint-Étienne"), tracking);
        assertThat(text.text()).isEqualTo("Zoé & <Léa>, offre à Saint-Étienne : https://t.test/s/12x0. STOP au 36123");
    }

    @Test
    void encodingAndSegmentsAreThoseOfTheRenderedText() {
        PreparedSms sms = SmsTemplate.compile("Bonjour {{first_name}}, " + "a".repeat(133) + " STOP au 36123", ATTRIBUTES, STOP)
                .prepare(Utm.NONE);
        SmsText gsm = sms.render(1, contact("Léa", ""), tracking);
        assertThat(gsm.encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(gsm.length()).isEqualTo(160);
        assertThat(gsm.segmentCount()).isEqualTo(1);
        SmsText longer = sms.render(2, contact("Léna", ""), tracking);
        assertThat(longer.segmentCount()).isEqualTo(2);
        SmsText ucs2 = sms.render(3, contact("Jérôme", ""), tracking);
        assertThat(ucs2.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(ucs2.segmentCount()).isEqualTo(3);
        assertThat(SmsCost.of(List.of(gsm, longer, ucs2))).isEqualTo(new SmsCost(3, 6));
        assertThat(SmsCost.of(List.of(gsm)).plus(SmsCost.of(List.of(ucs2)))).isEqualTo(new SmsCost(2, 4));
    }

    @Test
    void theCheckRendersTheSampleContactWithShortLinksOfTheirRealLength() {
        SmsTemplate template = SmsTemplate.compile("{{first_name}}, l’offre {{ville}} : https://rempart.test/a STOP au 36123",
                ATTRIBUTES, STOP);
        SmsCheck check = template.check(tracking);
        assertThat(check.sample()).isEqualTo("Camille, l’offre value of ville : https://t.test/s/0x0 STOP au 36123");
        assertThat(check.characters()).isEqualTo(check.sample().length());
        assertThat(check.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(check.segments()).isEqualTo(1);
        assertThat(check.nonGsmCharacters()).containsExactly(new NonGsmCharacter(17, "’", Optional.of("'")));
    }
}
