package org.rempart.campaigns.templates;

import java.util.Optional;

/**
 * An email template as its author writes it: subject, HTML body and, optionally, a text body
 * (blank is none). A missing subject or HTML body is empty, which {@link EmailTemplate#compile} refuses.
 */
public record EmailContent(String subject, String html, String text) {

    public EmailContent {
        subject = subject == null ? "" : subject;
        html = html == null ? "" : html;
        text = text == null || text.isBlank() ? null : text;
    }

    public Optional<String> optionalText() {
        return Optional.ofNullable(text);
    }
}
