package org.rempart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rempart.browser.Browser.Viewport;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** A security officer reads the audit log, filters it and verifies the chain, on a laptop and a phone. */
@BrowserTest
class AuditBrowserTest {

    @Autowired
    IdentityFixtures fixtures;

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void anOfficerFiltersTheLogAndVerifiesTheChain(Viewport viewport, Browser browser) {
        String size = viewport.name().toLowerCase(Locale.ROOT);
        browser.viewport(viewport);
        var officer = fixtures.operatorWithMfa(Role.SECURITY_OFFICER);
        browser.signIn(officer.username(), IdentityFixtures.PASSWORD).enterCode(AuthenticatorApp.code(officer.totpKey()));

        browser.open("/audit?actor=" + officer.id());
        assertThat(browser.text("table.audit")).contains("identity.signin.success", officer.username());
        browser.type("input[name=action]", "identity.signin.success").click("form.filters button[type=submit]");
        assertThat(browser.query()).contains("action=identity.signin.success");
        assertThat(browser.all("table.audit tbody tr")).hasSize(1).allSatisfy(
                row -> assertThat(row.getText()).contains("identity.signin.success", "HeadlessChrome"));
        browser.screenshot("audit-filtered-" + size);

        browser.click(".verification button[type=submit]");
        assertThat(browser.text("#verification")).startsWith("The audit log is intact");
        assertThat(browser.overflowsHorizontally()).isFalse();
        assertThat(browser.consoleErrors()).filteredOn(message -> !message.contains("/favicon.ico")).isEmpty();
        browser.screenshot("audit-verified-" + size);
    }
}
