package org.rempart.campaigns.templates;

import java.util.List;
import java.util.Map;
import org.rempart.tracking.TrackingLinks;
import org.rempart.tracking.UnsubscribeLinks;

/**
 * An email template prepared for one campaign: its links carry the campaign's UTM parameters,
 * its footer names the campaign's sender. Register {@link #links()} once, then render for every
 * recipient; thread-safe.
 */
public final class PreparedEmail {

    /** The preview's unsubscribe link goes nowhere, and it has no mailto. */
    private static final UnsubscribeLinks PREVIEW_UNSUBSCRIBE = new UnsubscribeLinks("#unsubscribe", null);

    private final EmailTemplate template;
    private final List<String> links;
    private final Map<String, String> senderValues;
    private final String senderDomain;

    PreparedEmail(EmailTemplate template, List<String> links, Sender sender) {
        this.template = template;
        this.links = List.copyOf(links);
        this.senderDomain = sender.mailbox().domain();
        this.senderValues = Map.of(ReservedNames.SENDER, sender.display(), ReservedNames.POSTAL_ADDRESS, sender.postalAddress());
    }

    /** The campaign's tracked links, in index order: what {@link TrackingLinks#registerLinks} gets. */
    public List<String> links() {
        return links;
    }

    /**
     * The message of one delivery: each tracked link becomes {@link TrackingLinks#click}, the
     * unsubscribe URL the page of {@link TrackingLinks#unsubscribeLinks} (not click-tracked), also
     * returned for the message's headers with its mailto, and the open pixel
     * {@link TrackingLinks#openPixel} ends the HTML.
     */
    public RenderedEmail render(long deliveryId, MergeValues values, TrackingLinks tracking) {
        UnsubscribeLinks unsubscribe = tracking.unsubscribeLinks(deliveryId, senderDomain);
        return template.render(Rendering.of(senderValues, template.linkNames(),
                        index -> tracking.click(deliveryId, index), values)
                .with(MergeFields.UNSUBSCRIBE_URL, unsubscribe.url())
                .with(ReservedNames.PIXEL, tracking.openPixel(deliveryId)), unsubscribe);
    }

    /**
     * The message for a synthetic contact (Camille Martin, each attribute {@code value of <name>}):
     * links lead where a click would, without tracking; no pixel; the unsubscribe link goes nowhere.
     */
    public RenderedEmail preview() {
        MergeValues sample = MergeValues.sample(template.attributeNames());
        return template.render(Rendering.of(senderValues, template.linkNames(), links::get, sample)
                .with(MergeFields.UNSUBSCRIBE_URL, PREVIEW_UNSUBSCRIBE.url()), PREVIEW_UNSUBSCRIBE);
    }
}
