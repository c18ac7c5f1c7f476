package org.rempart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.rempart.browser.Browser.Viewport;
import org.rempart.delivery.Mailbox;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.internal.EmailTransport;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** A marketer without a mail server opens the outbox and reads a captured email, its HTML sandboxed. */
@BrowserTest
class OutboxBrowserTest {

    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    EmailTransport transport;

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aMarketerReadsACapturedEmail(Viewport viewport, Browser browser) {
        String size = viewport.name().toLowerCase(Locale.ROOT);
        transport.send(new OutgoingEmail(7, "d7." + size + "@envoi.rempart-test.fr",
                new Mailbox("Rempart", "offres@envoi.rempart-test.fr"), "jeanne.martin@orange.fr", "Offre " + size,
                "<html><body><h1 id='hello' style='color:#1f4fd1'>Bonjour Jeanne</h1>"
                        + "<script>document.body.dataset.ran = 'yes'</script></body></html>",
                "Bonjour Jeanne", "https://rempart.example/u/T7", null, "bounce+7@envoi.rempart-test.fr"));
        browser.viewport(viewport);
        var marketer = fixtures.operator(Role.MARKETER);
        browser.clearCookies().signIn(marketer.username(), IdentityFixtures.PASSWORD);

        browser.open("/outbox");
        assertThat(browser.text("#not-sent")).contains("Emails are not really sent", "no SMTP server is configured");
        var row = browser.all("table.outbox tbody tr").stream().filter(r -> r.getText().contains("Offre " + size))
                .findFirst().orElseThrow();
        assertThat(row.getText()).contains("j***@o*****.fr").doesNotContain("jeanne.martin");
        browser.screenshot("outbox-" + size);
        row.findElement(By.cssSelector("a")).click();

        assertThat(browser.text("#recipient")).isEqualTo("j***@o*****.fr");
        assertThat(browser.text("#headers")).contains("DKIM-Signature", "List-Unsubscribe-Post").doesNotContain("jeanne.martin");
        assertThat(browser.text("#text")).isEqualTo("Bonjour Jeanne");
        var frame = browser.find("iframe.captured-html");
        assertThat(frame.getAttribute("sandbox")).isEmpty();
        browser.driver().switchTo().frame(frame);
        assertThat(browser.text("#hello")).isEqualTo("Bonjour Jeanne");
        assertThat(browser.find("body").getAttribute("data-ran")).isNull();
        browser.driver().switchTo().defaultContent();
        assertThat(browser.overflowsHorizontally()).isFalse();
        browser.screenshot("outbox-message-" + size);
        assertThat(browser.consoleErrors()).filteredOn(message -> !message.contains("/favicon.ico"))
                .allMatch(message -> message.contains("Blocked script execution"));
    }
}
