package org.rempart.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ConsentStatus;
import org.rempart.contacts.ContactKind;

class ContactValidatorTest {

    private final ContactValidator validator = new ContactValidator(
            Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC));

    private Validation validate(ContactField field, String value) {
        Map<ContactField, String> fields = new EnumMap<>(ContactField.class);
        fields.put(ContactField.EMAIL, "someone@example.fr");
        fields.put(field, value);
        return validator.validate(new RawContact(fields, Map.of()), ContactValidator.Mode.NEW_OR_MATCHED);
    }

    private ValidatedContact valid(ContactField field, String value) {
        Validation result = validate(field, value);
        assertThat(result).as(field + " " + value).isInstanceOf(Validation.Valid.class);
        return ((Validation.Valid) result).contact();
    }

    private String rejection(ContactField field, String value) {
        Validation result = validate(field, value);
        assertThat(result).as(field + " " + value).isInstanceOf(Validation.Invalid.class);
        var invalid = (Validation.Invalid) result;
        assertThat(invalid.field()).isEqualTo(field.canonical());
        assertThat(invalid.reason()).doesNotContain(value);
        return invalid.reason();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"06 12 34 56 78|+33612345678", "+33 6 12 34 56 78|+33612345678",
        "0033 6 12 34 56 78|+33612345678", "06.12.34.56.78|+33612345678", "+32 470 12 34 56|+32470123456"})
    void mobileNumbersAreNormalisedToE164(String raw, String e164) {
        assertThat(valid(ContactField.MOBILE, raw).identity().mobile()).isEqualTo(e164);
    }

    @ParameterizedTest
    @CsvSource({"06 12 34 56 78", "0033612345678", "+33 (0)6 12 34 56 78", "+32 470 12 34 56", "0612345678 ",
        "00 44 7911 123456", "+1 415 555 2671", "07 81 23 45 67"})
    void mobileNumbersGetTheNormalFormOfTheBlindIndexes(String raw) {
        assertThat(valid(ContactField.MOBILE, raw).identity().mobile())
                .isEqualTo(org.rempart.vault.Identifiers.normalizePhone(raw.strip()).orElseThrow());
    }

    @Test
    void eachPhoneColumnHoldsItsKindOfNumber() {
        assertThat(rejection(ContactField.MOBILE, "01 45 67 89 12")).isEqualTo("not a mobile number");
        assertThat(rejection(ContactField.LANDLINE, "06 12 34 56 78")).isEqualTo("not a fixed-line number");
        assertThat(rejection(ContactField.MOBILE, "12345")).isEqualTo("not a valid phone number");
        assertThat(valid(ContactField.LANDLINE, "09 51 23 45 67").identity().landline()).isEqualTo("+33951234567");
    }

    @ParameterizedTest
    @CsvSource({"jean@exämple.fr", "jean.dupont+promo@orange.fr", "o'brien@example.ie", "x@sub.domain.co.uk"})
    void validEmailsPass(String email) {
        assertThat(valid(ContactField.EMAIL, email).identity().email()).isEqualTo(email);
    }

    @ParameterizedTest
    @CsvSource({"jean@", "@orange.fr", "jean@@orange.fr", "jean..dupont@orange.fr", "jean@orange", "jean@-x.fr",
        "jean dupont@orange.fr", "jean@orange.f1"})
    void invalidEmailsAreRejected(String email) {
        assertThat(rejection(ContactField.EMAIL, email)).isEqualTo("not a valid email address");
    }

    @Test
    void birthDatesAreIsoOrFrenchAndPossible() {
        assertThat(valid(ContactField.BIRTH_DATE, "29/02/1980").identity().birthDate())
                .isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(valid(ContactField.BIRTH_DATE, "1990-12-01").birthYear()).isEqualTo(1990);
        assertThat(valid(ContactField.BIRTH_DATE, "1950-01-01").birthYear()).isEqualTo(1950);
        assertThat(rejection(ContactField.BIRTH_DATE, "29/02/1981")).contains("impossible");
        assertThat(rejection(ContactField.BIRTH_DATE, "31/04/1990")).contains("impossible");
        assertThat(rejection(ContactField.BIRTH_DATE, "2025-06-16")).contains("future");
        assertThat(rejection(ContactField.BIRTH_DATE, "1/2/90")).contains("impossible");
    }

    @Test
    void otherFields() {
        assertThat(valid(ContactField.POSTCODE, "75 011").postcode()).isEqualTo("75011");
        assertThat(rejection(ContactField.POSTCODE, "7501")).isEqualTo("a French postcode is 5 digits");
        assertThat(valid(ContactField.KIND, "Client").kind()).isEqualTo(ContactKind.CLIENT);
        assertThat(rejection(ContactField.KIND, "lead")).contains("client or prospect");
        assertThat(valid(ContactField.CONSENT_SMS, "oui").consents()).containsEntry(Channel.SMS, ConsentStatus.YES);
        assertThat(valid(ContactField.CONSENT_EMAIL, "0").consents()).containsEntry(Channel.EMAIL, ConsentStatus.NO);
        assertThat(rejection(ContactField.CONSENT_EMAIL, "maybe")).contains("yes or no");
        assertThat(valid(ContactField.LAST_NAME, "=SUM(A1)").identity().lastName()).isEqualTo("=SUM(A1)");
        assertThat(rejection(ContactField.LAST_NAME, "x".repeat(101))).contains("longer than");
        assertThat(rejection(ContactField.FIRST_NAME, "Jos\uFFFD")).contains("encoding");
    }

    @Test
    void attributesThatLookLikeIdentifiersAreNotKept() {
        var raw = new RawContact(Map.of(ContactField.EMAIL, "a@b.fr"),
                Map.of("tier", "gold", "backup_phone", "06 12 34 56 78", "other_mail", "x@y.fr", "score", "42"));
        var valid = (Validation.Valid) validator.validate(raw, ContactValidator.Mode.NEW_OR_MATCHED);
        assertThat(valid.contact().attributes()).containsOnlyKeys("tier", "score");
        assertThat(valid.warnings()).extracting(Validation.Issue::field)
                .containsExactlyInAnyOrder("backup_phone", "other_mail");
    }

    @Test
    void headersAreMatchedWhateverTheirCaseAccentsAndLanguage() {
        assertThat(ContactField.ofHeader(" Date de Naissance ")).contains(ContactField.BIRTH_DATE);
        assertThat(ContactField.ofHeader("PRÉNOM")).contains(ContactField.FIRST_NAME);
        assertThat(ContactField.ofHeader("Opérateur")).contains(ContactField.CARRIER);
        assertThat(ContactField.ofHeader("code-postal")).contains(ContactField.POSTCODE);
        assertThat(ContactField.ofHeader("Téléphone")).contains(ContactField.LANDLINE);
        assertThat(ContactField.ofHeader("fidélité")).isEmpty();
    }
}
