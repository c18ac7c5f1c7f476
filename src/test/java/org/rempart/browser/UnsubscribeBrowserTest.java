package org.rempart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.rempart.contacts.Channel;
import org.rempart.tracking.TrackedDeliveries;
import org.rempart.tracking.TrackingLinks;
import org.springframework.beans.factory.annotation.Autowired;

/** A recipient follows the unsubscribe link of an email, in French, without being signed in. */
@BrowserTest
class UnsubscribeBrowserTest {

    @Autowired
    TrackingLinks links;
    @Autowired
    TrackedDeliveries deliveries;

    @Test
    void oneConfirmationUnsubscribes(Browser browser) {
        String email = TrackedDeliveries.email();
        var delivery = deliveries.delivery(TrackedDeliveries.unique(), deliveries.contact(email, null), Channel.EMAIL);
        String page = URI.create(links.unsubscribeLinks(delivery.deliveryId(), "news.example.fr").url()).getPath();

        browser.open(page + "?lang=fr");
        assertThat(browser.text("main p")).contains("Vous ne souhaitez plus recevoir nos courriels");
        browser.click("#unsubscribe");

        assertThat(browser.path()).isEqualTo(page);
        assertThat(browser.text("main [role=status]")).contains("Votre désinscription est enregistrée");
        assertThat(browser.driver().getPageSource()).doesNotContain(email);
        assertThat(deliveries.consent(delivery.contactId(), Channel.EMAIL)).isEqualTo("NO");
        assertThat(browser.consoleErrors()).filteredOn(message -> !message.contains("/favicon.ico")).isEmpty();
    }
}
