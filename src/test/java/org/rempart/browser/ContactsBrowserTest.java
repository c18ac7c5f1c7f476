package org.rempart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** A marketer imports a file, finds a contact, reveals it for a reason, and builds a segment. */
@BrowserTest
class ContactsBrowserTest {

    @Autowired
    IdentityFixtures fixtures;

    @Test
    void importFindRevealAndSegment(Browser browser) throws Exception {
        String u = Long.toString(System.nanoTime());
        Path csv = Files.createTempFile("contacts", ".csv");
        Files.writeString(csv, "nom;prenom;courriel;portable;type;consent_email\n"
                + "Quenouille;Ysolde;ysolde." + u + "@exemple.fr;;client;oui\n"
                + "Raté;Jean;pas-une-adresse;;;\n", StandardCharsets.UTF_8);
        var marketer = fixtures.operator(Role.MARKETER);
        browser.clearCookies().signIn(marketer.username(), IdentityFixtures.PASSWORD);

        browser.open("/imports");
        browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
        browser.type("#source", "browser test");
        browser.click("#upload button[type=submit]");
        assertThat(browser.path()).startsWith("/imports/");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !d.findElement(By.id("job-status")).getText().equals("running"));
        assertThat(browser.text("#job-status")).isEqualTo("done");
        assertThat(browser.text("#created")).isEqualTo("1");
        assertThat(browser.text("#rejected")).isEqualTo("1");
        assertThat(browser.text("#errors")).contains("3", "email", "not a valid email address")
                .doesNotContain("pas-une-adresse");
        assertThat(browser.find("#report").getAttribute("href")).endsWith("/report");
        browser.screenshot("import-done");

        browser.open("/contacts");
        browser.find("select[name=field]").sendKeys("Email");
        browser.type("#search-value", "YSOLDE." + u + "@EXEMPLE.FR");
        browser.click("form[action='/contacts/search'] button[type=submit]");
        assertThat(browser.text("#total")).isEqualTo("1 contacts");
        assertThat(browser.text("#contacts")).contains("Q*** Y***", "y***@e******.fr")
                .doesNotContain("Quenouille");
        browser.screenshot("contacts-search");
        browser.click("#contacts tbody a");
        assertThat(browser.text("#lastName")).isEqualTo("Q***");
        assertThat(browser.text("#consents")).contains("IMPORT", "line 2");

        browser.type("#reason", "customer on the phone");
        browser.click("#reveal button[type=submit]");
        assertThat(browser.text("#lastName")).isEqualTo("Quenouille");
        assertThat(browser.text("#email")).isEqualTo("ysolde." + u + "@exemple.fr");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("ysolde", "Quenouille");
        browser.screenshot("contact-revealed");

        browser.open("/segments");
        browser.find("input[name=field]").sendKeys("kind");
        browser.find("input[name=value]").sendKeys("CLIENT");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("count")).getText().matches("\\d+ contacts"));
        browser.type("#name", "Clients " + u);
        browser.click("#builder button[type=submit]");
        assertThat(browser.query()).isEqualTo("saved");
        assertThat(browser.text("main table")).contains("Clients " + u);
        browser.screenshot("segments");
        assertThat(browser.consoleErrors()).as("no CSP violation or broken asset")
                .allMatch(error -> error.contains("favicon.ico"));
    }
}
