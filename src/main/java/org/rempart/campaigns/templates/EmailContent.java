package org.rempart.campaigns.templates;

import java.util.Objects;
import java.util.Optional;

/** An email template as its author writes it: subject, HTML body and, optionally, a text body (blank is none). */
public record EmailContent(String subject, String html, String text) {

    public EmailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        text = text == null || text.isBlank() ? null : text;
    }

    public Optional<String> optionalText() {
        return Optional.ofNullable(text);
    }
}
