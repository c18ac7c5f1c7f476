package org.rempart.campaigns.templates;

import java.util.List;
import java.util.Map;
import org.rempart.delivery.SmsText;
import org.rempart.tracking.TrackingLinks;

/**
 * An SMS template prepared for one campaign: its links carry the campaign's UTM parameters.
 * Register {@link #links()} once, then render for every recipient; thread-safe.
 */
public final class PreparedSms {

    private final SmsTemplate template;
    private final List<String> links;

    PreparedSms(SmsTemplate template, List<String> links) {
        this.template = template;
        this.links = List.copyOf(links);
    }

    /** The campaign's tracked links, in index order: what {@link TrackingLinks#registerLinks} gets. */
    public List<String> links() {
        return links;
    }

    /** The text of one delivery, each link shortened to {@link TrackingLinks#shortClick}. */
    public SmsText render(long deliveryId, MergeValues values, TrackingLinks tracking) {
        return template.render(Rendering.of(Map.of(), template.linkNames(),
                index -> tracking.shortClick(deliveryId, index), values));
    }
}
