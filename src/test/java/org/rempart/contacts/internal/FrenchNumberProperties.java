package org.rempart.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FrenchNumberProperties {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    @Property(tries = 5000)
    void theUsualFormsParseExactlyAsLibphonenumberDoes(@ForAll("usualForms") String raw) throws NumberParseException {
        var fast = FrenchNumber.parse(raw);
        assertThat(fast).as(raw).isNotNull();
        assertThat(fast.exactlySameAs(util.parse(raw, "FR"))).as(raw).isTrue();
    }

    @Property(tries = 5000)
    void anyOtherTextIsLeftToLibphonenumberOrParsedTheSame(@ForAll("oddForms") String raw) {
        var fast = FrenchNumber.parse(raw);
        if (fast != null) {
            try {
                assertThat(fast.exactlySameAs(util.parse(raw, "FR"))).as(raw).isTrue();
            } catch (NumberParseException e) {
                throw new AssertionError("parsed a number libphonenumber refuses: " + raw, e);
            }
        }
    }

    @Example
    void unusualFormsAreNotTakenByTheFastPath() {
        for (String raw : new String[] {"+33 0 6 12 34 56 78", "06 12 34 56 7", "06 12 34 56 789", "6 12 34 56 78",
            "06 12 34 56 7a", "(06) 12 34 56 78", "+32 6 12 34 56 78", "00 6 12 34 56 78", "06\u00a012 34 56 78"}) {
            assertThat(FrenchNumber.parse(raw)).as(raw).isNull();
        }
    }

    @Provide
    Arbitrary<String> usualForms() {
        Arbitrary<String> national = Arbitraries.strings().numeric().ofLength(8)
                .flatMap(rest -> Arbitraries.integers().between(1, 9).map(first -> first + rest));
        Arbitrary<String> separator = Arbitraries.of("", " ", ".", "-");
        return national.flatMap(n -> separator.flatMap(sep -> Arbitraries.of("0", "+33", "+33 ").map(prefix ->
                prefix + (prefix.equals("0") ? n.charAt(0) : n.substring(0, 1)) + sep + n.substring(1, 3) + sep
                        + n.substring(3, 5) + sep + n.substring(5, 7) + sep + n.substring(7, 9))));
    }

    @Provide
    Arbitrary<String> oddForms() {
        return Arbitraries.strings().withChars("0123456789 .-+3()").ofMinLength(1).ofMaxLength(16)
                .injectNull(0).edgeCases(edges -> edges.add("0").add("+33").add("+330"));
    }
}
