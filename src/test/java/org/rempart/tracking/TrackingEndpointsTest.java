package org.rempart.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rempart.HttpApi;
import org.rempart.StorageTest;
import org.rempart.contacts.Channel;
import org.rempart.contacts.SuppressionList;
import org.rempart.delivery.DeliveryRef;
import org.rempart.tracking.CampaignFeedback.LinkClicks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The links of a message, followed over real HTTP by a client without cookies, as a recipient's would be. */
@StorageTest
class TrackingEndpointsTest {

    @Autowired
    TrackingLinks links;
    @Autowired
    CampaignFeedback feedback;
    @Autowired
    SuppressionList suppressions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrackedDeliveries deliveries;
    @LocalServerPort
    int port;

    private HttpApi http;
    private String email;
    private long campaign;
    private DeliveryRef delivery;

    @BeforeEach
    void aDelivery() throws Exception {
        http = new HttpApi(port);
        email = TrackedDeliveries.email();
        campaign = TrackedDeliveries.unique();
        delivery = deliveries.delivery(campaign, deliveries.contact(email, null), Channel.EMAIL);
        links.registerLinks(campaign, List.of("https://shop.example.com/offer?utm_source=rempart",
                "https://shop.example.com/stores"));
    }

    private static String path(String url) {
        assertThat(url).startsWith("http://localhost:8080/");
        return URI.create(url).getRawPath();
    }

    private HttpResponse<String> postOneClick(String path) {
        return http.send(http.request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
    }

    @Test
    void thePixelIsAnUncachedTransparentGifAndEachLoadIsAnOpen() {
        String pixel = links.openPixel(delivery.deliveryId());
        var response = http.send(http.request(path(pixel), null).GET());
        http.get(path(pixel), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/gif");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(response.body()).startsWith("GIF89a");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        var counts = feedback.counts(campaign);
        assertThat(counts.opens()).isEqualTo(2);
        assertThat(counts.uniqueOpens()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_engagement WHERE contact_id = ? AND kind = 'OPEN'")
                .param(delivery.contactId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aClickRedirectsToTheRegisteredLinkOfThatPositionOnly() {
        var response = http.get(path(links.click(delivery.deliveryId(), 1)) + "?url=https://evil.example.net/", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("https://shop.example.com/stores");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(feedback.counts(campaign).clicks()).isEqualTo(1);
        assertThat(feedback.topLinks(campaign, 5)).containsExactly(
                new LinkClicks("https://shop.example.com/stores", 1, 1),
                new LinkClicks("https://shop.example.com/offer?utm_source=rempart", 0, 0));
    }

    @Test
    void aLinkPositionThatTheCampaignDoesNotHaveIsNotFound() {
        var response = http.get(path(links.click(delivery.deliveryId(), 7)), null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(feedback.counts(campaign).clicks()).isZero();
    }

    @Test
    void smsShortLinksAreShortCarryNothingPersonalAndRedirectLikeClicks() {
        String shortUrl = links.shortClick(delivery.deliveryId(), 0);

        assertThat(shortUrl).matches("http://localhost:8080/s/[0-9A-Za-z]{12}");
        assertThat(links.shortClick(delivery.deliveryId(), 0)).isEqualTo(shortUrl);
        assertThat(links.shortClick(delivery.deliveryId(), 1)).isNotEqualTo(shortUrl);
        var response = http.get(path(shortUrl), null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("https://shop.example.com/offer?utm_source=rempart");
        assertThat(http.get("/s/AAAAAAAAAAAA", null).statusCode()).isEqualTo(404);
    }

    @Test
    void alteredForeignOrGarbageTokensAreNotFoundNeverAnError() {
        String click = path(links.click(delivery.deliveryId(), 0));
        String token = click.substring(click.lastIndexOf('/') + 1);
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'a' ? 'b' : 'a');
        String openToken = path(links.openPixel(delivery.deliveryId())).substring(3);

        List<String> paths = List.of("/c/" + altered, "/c/" + openToken, "/o/" + altered, "/u/" + openToken,
                "/c/%3Cscript%3E", "/o/" + "z".repeat(44), "/u/" + "9".repeat(300), "/s/%E2%82%AC", "/s/x");
        for (String path : paths) {
            assertThat(http.get(path, null).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(postOneClick("/u/" + altered).statusCode()).isEqualTo(404);
        assertThat(feedback.counts(campaign).clicks()).isZero();
    }

    @Test
    void theUnsubscribePageAsksForOneConfirmationInTheRecipientsLanguage() {
        String page = path(links.unsubscribeLinks(delivery.deliveryId(), "news.example.fr").url());

        var english = http.get(page, null);
        var french = http.send(http.request(page, null).header("Accept-Language", "fr-FR,fr;q=0.9").GET());

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("stop receiving our emails").contains("<form method=\"post\"")
                .doesNotContain(email);
        assertThat(french.body()).contains("Me désinscrire");
        assertThat(english.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("RSESSION"));
        assertThat(deliveries.consent(delivery.contactId(), Channel.EMAIL)).isEqualTo("YES");
    }

    @Test
    void theOneClickPostWithoutCookieOrCsrfTokenUnsubscribesAtOnceAndOnlyOnce() {
        String page = path(links.unsubscribeLinks(delivery.deliveryId(), "news.example.fr").url());

        var first = postOneClick(page);
        var again = postOneClick(page);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("You are unsubscribed");
        assertThat(first.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("RSESSION"));
        assertThat(deliveries.consent(delivery.contactId(), Channel.EMAIL)).isEqualTo("NO");
        assertThat(suppressions.isSuppressed(Channel.EMAIL, email)).isTrue();
        assertThat(feedback.counts(campaign).unsubscribes()).isEqualTo(1);
        List<String> audited = deliveries.auditDetails("tracking.unsubscribe", delivery.contactId());
        assertThat(audited).hasSize(1);
        assertThat(audited.getFirst()).contains("delivery " + delivery.deliveryId()).doesNotContain(email);
    }

    @Test
    void theUnsubscribePageAndItsMailtoCarryTheSameToken() {
        var unsubscribe = links.unsubscribeLinks(delivery.deliveryId(), "news.example.fr");
        String token = unsubscribe.url().substring(unsubscribe.url().lastIndexOf('/') + 1);

        assertThat(unsubscribe.url()).matches(".*/u/[0-9a-z]{44}");
        assertThat(unsubscribe.mailto())
                .isEqualTo("mailto:unsubscribe+" + token + "@news.example.fr?subject=unsubscribe");
    }

    @Test
    void noUrlOrAddressCarriesTheContactOrTheAddress() {
        var unsubscribe = links.unsubscribeLinks(delivery.deliveryId(), "news.example.fr");
        List<String> outgoing = List.of(links.openPixel(delivery.deliveryId()), links.click(delivery.deliveryId(), 0),
                unsubscribe.url(), unsubscribe.mailto(), links.bounceAddress(delivery.deliveryId(), "news.example.fr"));

        assertThat(outgoing).allSatisfy(url -> assertThat(url).doesNotContain(email)
                .doesNotContain("/" + delivery.contactId()).doesNotContain("/" + delivery.deliveryId()));
        assertThat(links.bounceAddress(delivery.deliveryId(), "news.example.fr"))
                .matches("bounces\\+[0-9a-z]{44}@news\\.example\\.fr");
        assertThat(unsubscribe.mailto())
                .matches("mailto:unsubscribe\\+[0-9a-z]{44}@news\\.example\\.fr\\?subject=unsubscribe");
    }
}
