package org.rempart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rempart.HttpApi;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A marketer writes an email campaign in the form, reads its preview, sends it to a segment of
 * three contacts, and watches it reach SENT with every message in the capture outbox.
 */
@BrowserTest
class CampaignsBrowserTest {

    private static final int AUDIENCE = 3;

    @Autowired
    IdentityFixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void writePreviewSendAndWatchAnEmailCampaignFinish(Browser browser) {
        var marketer = fixtures.operator(Role.MARKETER);
        String run = "b" + System.nanoTime();
        String segment = segmentOf(AUDIENCE, run, marketer.token());
        browser.clearCookies().signIn(marketer.username(), IdentityFixtures.PASSWORD);

        browser.open("/campaigns");
        browser.click("#new-email");
        browser.type("#name", "Rentrée " + run);
        browser.type("#fromName", "Rempart Offres");
        browser.type("#fromAddress", "offres@envoi.rempart-test.fr");
        browser.type("#subject", "Bonjour {{first_name}}");
        browser.type("#html", "<p>Bonjour {{first_name}}, <a href=\"https://www.exemple.fr/rentree\">nos offres</a></p>");
        new Select(browser.find("#audience")).selectByValue(segment);
        browser.click("#campaign button[type=submit]");
        assertThat(browser.query()).isEqualTo("saved");
        assertThat(browser.text("#status")).isEqualTo("draft");
        assertThat(browser.text("#preview-subject")).isEqualTo("Bonjour Camille");
        assertThat(browser.text("#preview-text")).contains("Bonjour Camille", "nos offres");
        assertThat(browser.find("#preview-html").getAttribute("src")).endsWith("/preview");
        browser.driver().switchTo().frame(browser.find("#preview-html"));
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Bonjour Camille");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("campaign-draft");

        browser.find("#send input[name=confirm]").click();
        browser.click("#send button[type=submit]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofSeconds(1)).until(d -> {
            // The figures refresh themselves while sending; a reload covers a campaign finished at once.
            if (!browser.text("#status").equals("sent")) {
                d.navigate().refresh();
            }
            return browser.text("#status").equals("sent");
        });
        assertThat(browser.text("#audience")).isEqualTo(String.valueOf(AUDIENCE));
        assertThat(browser.text("#sent")).isEqualTo(String.valueOf(AUDIENCE));
        assertThat(browser.text("#pending")).isEqualTo("0");
        for (String chart : List.of("sent-chart", "feedback-chart", "outcomes-chart")) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.id(chart)).isEmpty()
                            && Boolean.TRUE.equals(browser.script("return !!Chart.getChart(arguments[0])",
                                    d.findElement(By.id(chart)))));
        }
        browser.screenshot("campaign-sent");

        browser.open("/outbox");
        assertThat(browser.all("main table tbody tr").stream().filter(row -> row.getText().contains("Bonjour"))
                .count()).isGreaterThanOrEqualTo(AUDIENCE);
        assertThat(browser.consoleErrors()).as("no CSP violation or broken asset")
                .allMatch(error -> error.contains("favicon.ico"));
    }

    @Test
    void theSmsCounterFollowsTheTextReplacesUcs2CharactersAndAppendsTheStopMention(Browser browser) {
        var marketer = fixtures.operator(Role.MARKETER);
        browser.clearCookies().signIn(marketer.username(), IdentityFixtures.PASSWORD);
        browser.open("/campaigns/new?channel=SMS");
        browser.find("#text").sendKeys("C\u2019est l\u2019heure des soldes");
        browser.waitUntil(d -> browser.text("#sms-figures").contains("UCS-2"));
        assertThat(browser.text("#culprits")).contains("\u2019", "'");
        browser.find("#replace-all").click();
        browser.waitUntil(d -> browser.text("#sms-figures").contains("GSM-7"));
        assertThat(browser.find("#text").getDomProperty("value")).isEqualTo("C'est l'heure des soldes");
        browser.find("#append-stop").click();
        browser.waitUntil(d -> !browser.has("#append-stop"));
        assertThat(browser.find("#text").getDomProperty("value")).isEqualTo("C'est l'heure des soldes STOP au 36123");
        browser.screenshot("sms-editor");
        assertThat(browser.consoleErrors()).as("no CSP violation or broken asset")
                .allMatch(error -> error.contains("favicon.ico"));
    }

    /** A saved segment of {@code size} new contacts with email consent, made over the API. */
    private String segmentOf(int size, String run, String token) {
        HttpApi api = new HttpApi(port);
        for (int i = 0; i < size; i++) {
            assertThat(api.post("/api/contacts", token, "{\"kind\":\"client\",\"firstName\":\"Ysolde\",\"email\":\""
                    + run + "." + i + "@exemple.fr\",\"consents\":{\"EMAIL\":\"yes\"},\"attributes\":{\"run\":\""
                    + run + "\"}}").statusCode()).isEqualTo(201);
        }
        var made = api.post("/api/segments", token, "{\"name\":\"" + run + "\",\"filter\":{\"field\":\"attributes.run\","
                + "\"op\":\"eq\",\"value\":\"" + run + "\"}}");
        return api.json(made).path("id").asString();
    }
}
