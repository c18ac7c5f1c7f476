package org.rempart.campaigns.templates;

import java.util.ArrayList;
import java.util.List;
import org.rempart.tracking.TrackingLinks;

/** Predictable tracking URLs, so that tests can say where each one lands. */
final class FakeTrackingLinks implements TrackingLinks {

    final List<List<String>> registered = new ArrayList<>();

    @Override
    public void registerLinks(long campaignId, List<String> urls) {
        registered.add(List.copyOf(urls));
    }

    @Override
    public String openPixel(long deliveryId) {
        return "https://t.test/o/" + deliveryId;
    }

    @Override
    public String click(long deliveryId, int linkIndex) {
        return "https://t.test/c/" + deliveryId + "/" + linkIndex;
    }

    @Override
    public String shortClick(long deliveryId, int linkIndex) {
        return "https://t.test/s/" + deliveryId + "x" + linkIndex;
    }

    @Override
    public String unsubscribe(long deliveryId) {
        return "https://t.test/u/" + deliveryId;
    }

    @Override
    public String unsubscribeMailto(long deliveryId, String senderDomain) {
        return "mailto:u-" + deliveryId + "@" + senderDomain;
    }

    @Override
    public String bounceAddress(long deliveryId, String senderDomain) {
        return "b-" + deliveryId + "@" + senderDomain;
    }
}
