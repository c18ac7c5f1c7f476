package org.rempart.campaigns.templates;

/** One email rendered for one recipient (or for the preview). {@link #toString()} prints nothing personal. */
public record RenderedEmail(String subject, String html, String text) {

    @Override
    public String toString() {
        return "RenderedEmail[redacted]";
    }
}
