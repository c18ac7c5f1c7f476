package org.rempart.campaigns.templates;

import org.rempart.tracking.UnsubscribeLinks;

/**
 * One email rendered for one recipient (or for the preview), with the unsubscribe links its
 * body carries. {@link #toString()} prints nothing personal.
 */
public record RenderedEmail(String subject, String html, String text, UnsubscribeLinks unsubscribe) {

    @Override
    public String toString() {
        return "RenderedEmail[redacted]";
    }
}
