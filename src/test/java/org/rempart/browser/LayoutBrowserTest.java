package org.rempart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rempart.browser.Browser.Viewport;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.identity.internal.Operators;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main pages on a laptop and on a phone: nothing wider than the screen, a usable menu, no
 * console errors. Screenshots are left in target/screenshots for a person to look at.
 */
@BrowserTest
class LayoutBrowserTest {

    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Operators operators;

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theMainPagesFitTheScreen(Viewport viewport, Browser browser) {
        String size = viewport.name().toLowerCase(Locale.ROOT);
        browser.viewport(viewport);

        browser.open("/login");
        fits(browser, "sign-in-" + size);

        String name = SignInBrowserTest.uniqueName("admin");
        var created = operators.create(name, name + "@example.org", Set.of(Role.ADMIN));
        browser.signIn(created.username(), created.initialPassword())
                .changePassword(created.initialPassword(), SignInBrowserTest.NEW_PASSWORD);
        assertThat(browser.path()).isEqualTo("/mfa/enrol");
        assertThat(browser.loadedImageWidth("img.qr")).isPositive();
        fits(browser, "mfa-enrol-" + size);

        String longName = SignInBrowserTest.uniqueName("a.rather-long_operator.name");
        operators.create(longName, longName + "@a-long-domain-name.example.org", EnumSet.allOf(Role.class));
        var admin = fixtures.operatorWithMfa(Role.ADMIN);
        browser.clearCookies().signIn(admin.username(), IdentityFixtures.PASSWORD)
                .enterCode(AuthenticatorApp.code(admin.totpKey()));
        assertThat(browser.path()).isEqualTo("/");
        browser.open("/operators");
        assertThat(browser.text("table")).contains(longName, admin.username());
        fits(browser, "operators-" + size);

        if (viewport == Viewport.PHONE) {
            assertThat(browser.find("nav.bar").isDisplayed()).isFalse();
            assertThat(browser.find(".menu nav").isDisplayed()).as("the menu starts folded").isFalse();
            browser.find(".menu summary").click();
            assertThat(browser.find(".menu nav a[href='/operators']").isDisplayed()).isTrue();
            assertThat(browser.find(".menu nav button[type=submit]").isDisplayed()).as("sign out").isTrue();
            fits(browser, "operators-menu-open-" + size);
            browser.click(".menu nav button[type=submit]");
        } else {
            assertThat(browser.find(".menu").isDisplayed()).isFalse();
            assertThat(browser.find("nav.bar a[href='/operators']").isDisplayed()).isTrue();
            assertThat(browser.find("nav.bar button[type=submit]").isDisplayed()).as("sign out").isTrue();
            browser.click("nav.bar button[type=submit]");
        }
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.query()).isEqualTo("signedOut");
        browser.open("/operators");
        assertThat(browser.path()).as("signed out for good").isEqualTo("/login");
    }

    private static void fits(Browser browser, String screenshot) {
        browser.screenshot(screenshot);
        assertThat(browser.overflowsHorizontally()).as("%s is wider than the screen", screenshot).isFalse();
        // CSP violations (an inline style or script) and broken links to assets (the icon too) would show here.
        assertThat(browser.consoleErrors()).as("console of %s", screenshot).isEmpty();
    }
}
