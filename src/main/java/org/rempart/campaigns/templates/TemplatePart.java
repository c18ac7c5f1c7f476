package org.rempart.campaigns.templates;

/** The parts of a message that are templates, named as the API and the editor name them. */
enum TemplatePart {
    SUBJECT("subject"),
    HTML("html"),
    TEXT("text");

    private final String label;

    TemplatePart(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
