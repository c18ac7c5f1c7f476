package org.rempart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortCommonAndSelfNamedPasswords() {
        assertThat(policy.violation("jane", "elevenchars")).contains("password.tooShort");
        assertThat(policy.violation("jane", "x".repeat(129))).contains("password.tooLong");
        assertThat(policy.violation("jane", "qwertyuiopasdfghjkl")).contains("password.common");
        assertThat(policy.violation("jane", "QWERTY123456")).contains("password.common");
        assertThat(policy.violation("jane", "jane-the-operator")).contains("password.containsUsername");
    }

    @Test
    void acceptsALongUnusualPassphrase() {
        assertThat(policy.violation("jane", "violet tram under seven bridges")).isEmpty();
        // Length counts characters, not bytes or UTF-16 units.
        assertThat(policy.violation("jane", "éléphant rosé")).isEmpty();
        assertThat(policy.violation("jane", "😀😀😀😀😀😀😀😀😀😀😀")).contains("password.tooShort");
    }
}
