package org.rempart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.identity.internal.Operators;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in through a real browser: failures, forced password change, second factor. */
@BrowserTest
class SignInBrowserTest {

    static final String NEW_PASSWORD = "violet tractors hum at dawn";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Operators operators;

    @Test
    void aFailedSignInSaysTheSameForAnUnknownNameAndForAWrongPassword(Browser browser) {
        browser.signIn(uniqueName("nobody"), "not the password at all");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.query()).isEqualTo("error");
        String unknownName = browser.text("p.error[role=alert]");
        String unknownNamePage = browser.text("main");

        var existing = fixtures.operator(Role.MARKETER);
        browser.signIn(existing.username(), IdentityFixtures.PASSWORD + " but wrong");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.query()).isEqualTo("error");
        assertThat(browser.text("p.error[role=alert]")).isNotBlank().isEqualTo(unknownName);
        assertThat(browser.text("main")).isEqualTo(unknownNamePage);
        assertThat(unknownName).startsWith("Sign-in failed");
    }

    @Test
    void aNewOperatorMustReplaceTheInitialPasswordBeforeAnythingElse(Browser browser) {
        String name = uniqueName("marketer");
        var created = operators.create(name, name + "@example.org", Set.of(Role.MARKETER));

        browser.signIn(created.username(), created.initialPassword());
        assertThat(browser.path()).isEqualTo("/password");
        assertThat(browser.has("p.notice")).as("explains why the password must be changed").isTrue();

        browser.open("/");
        assertThat(browser.path()).as("the home page is out of reach").isEqualTo("/password");
        browser.open("/account");
        assertThat(browser.path()).isEqualTo("/password");

        browser.changePassword(created.initialPassword(), NEW_PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text("h1")).isEqualTo("Welcome, " + created.username());
        assertThat(browser.text("p.notice")).isEqualTo("Your password has been changed.");
        assertThat(fixtures.load(created.id()).mustChangePassword()).isFalse();
    }

    @Test
    void anAdministratorEnrolsASecondFactorRightAfterChoosingAPassword(Browser browser) {
        String name = uniqueName("admin");
        var created = operators.create(name, name + "@example.org", Set.of(Role.ADMIN));

        browser.signIn(created.username(), created.initialPassword());
        browser.changePassword(created.initialPassword(), NEW_PASSWORD);
        assertThat(browser.path()).isEqualTo("/mfa/enrol");
        browser.open("/");
        assertThat(browser.path()).as("no way around the enrolment").isEqualTo("/mfa/enrol");

        assertThat(browser.find("img.qr").getAttribute("src")).endsWith("/mfa/enrol/qr.png");
        assertThat(browser.loadedImageWidth("img.qr")).as("the QR code image loaded").isPositive();

        String key = browser.text("#totp-key").replace(" ", "");
        assertThat(key).matches("[A-Z2-7]{16,}");
        browser.enterCode(AuthenticatorApp.code(key));

        assertThat(browser.all("#recovery-codes li")).hasSize(10)
                .allSatisfy(code -> assertThat(code.getText()).isNotBlank());
        browser.click("main form button[type=submit]");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text("h1")).isEqualTo("Welcome, " + created.username());
        assertThat(browser.text("nav.bar")).as("the roles are granted now").contains("Operators");
        assertThat(fixtures.load(created.id()).mfaEnrolled()).isTrue();
    }

    @Test
    void anEnrolledOperatorSignsInWithACodeWhileAWrongCodeIsRefused(Browser browser) {
        var admin = fixtures.operatorWithMfa(Role.ADMIN);

        browser.signIn(admin.username(), IdentityFixtures.PASSWORD);
        assertThat(browser.path()).isEqualTo("/mfa/verify");
        browser.open("/operators");
        assertThat(browser.path()).as("nothing before the second factor").isEqualTo("/mfa/verify");

        browser.enterCode(AuthenticatorApp.wrongCode(admin.totpKey()));
        assertThat(browser.path()).isEqualTo("/mfa/verify");
        assertThat(browser.text("p.error[role=alert]")).startsWith("This code is not valid");
        browser.open("/");
        assertThat(browser.path()).as("a wrong code grants nothing").isEqualTo("/mfa/verify");

        browser.enterCode(AuthenticatorApp.code(admin.totpKey()));
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text("h1")).isEqualTo("Welcome, " + admin.username());
    }

    @Test
    void theInterfaceSpeaksFrenchOnRequestAndRemembersIt(Browser browser) {
        browser.open("/login");
        assertThat(browser.text("h1")).isEqualTo("Sign in");

        browser.click("footer a[lang=fr]");
        assertThat(browser.text("h1")).isEqualTo("Connexion");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.text("label[for=username]")).isEqualTo("Identifiant");

        browser.open("/login");
        assertThat(browser.text("h1")).as("remembered").isEqualTo("Connexion");
        browser.open("/login?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Sign in");
        browser.open("/login?lang=fr");
        assertThat(browser.text("h1")).isEqualTo("Connexion");

        // Switching language keeps the page as it was: the failure message stays.
        browser.open("/login?error");
        browser.click("footer a[lang=en]");
        assertThat(browser.text("p.error")).startsWith("Sign-in failed");
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }
}
