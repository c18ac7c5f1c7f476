package org.rempart.campaigns.templates;

/**
 * The names under which Rempart puts its own values into a compiled template: tracked links, the
 * open pixel, the sender of the footer. They start with {@code @}, which no merge field can
 * (attribute names are a-z, 0-9 and _), and are written into the source only after the author's
 * tags have been checked.
 */
final class ReservedNames {

    static final String PIXEL = "@pixel";
    static final String SENDER = "@sender";
    static final String POSTAL_ADDRESS = "@postal_address";

    private ReservedNames() {
    }

    static String link(int index) {
        return "@link" + index;
    }

    static String tag(String name) {
        return "{{" + name + "}}";
    }
}
