package org.rempart.campaigns.templates;

import java.util.Locale;

/** The parts of a message that are templates. */
enum TemplatePart {
    SUBJECT,
    HTML,
    TEXT;

    /** As the API and the editor name it: {@code subject}, {@code html}, {@code text}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
