package org.rempart.campaigns.templates;

/**
 * What Rempart adds to an email's bodies: the footer with the unsubscribe link and the sender's
 * identity, in French and English (a campaign has no language of its own), to a body that does not
 * always show {@code {{unsubscribe_url}}}; and the open pixel at the end of the HTML. The sender's
 * values are merged at render time, so they are escaped like any other.
 */
final class EmailFooter {

    static final String HTML = """
            <div style="margin-top:24px;font-family:Arial,sans-serif;font-size:12px;color:#666666">\
            <p>Vous recevez ce message de {{@sender}}. / You are receiving this message from {{@sender}}.\
            {{#@postal_address}}<br>{{@postal_address}}{{/@postal_address}}</p>\
            <p><a href="{{unsubscribe_url}}">Se désinscrire</a> / <a href="{{unsubscribe_url}}">Unsubscribe</a></p>\
            </div>""";

    static final String TEXT = """


            --
            Vous recevez ce message de {{@sender}}. / You are receiving this message from {{@sender}}.
            {{#@postal_address}}{{@postal_address}}
            {{/@postal_address}}Se désinscrire / Unsubscribe : {{unsubscribe_url}}
            """;

    static final String PIXEL = "{{#@pixel}}<img src=\"{{@pixel}}\" width=\"1\" height=\"1\" alt=\"\" "
            + "style=\"display:block;border:0;width:1px;height:1px\">{{/@pixel}}";

    private static final String BODY_END = "</body";

    private EmailFooter() {
    }

    /** The footer (when asked) and the pixel, inserted just before the last {@code </body>} outside a tag, or at the end. */
    static Edit addToHtml(MustacheSource html, boolean withFooter) {
        String source = html.text();
        String addition = (withFooter ? HTML : "") + PIXEL;
        for (int i = source.length() - BODY_END.length(); i >= 0; i--) {
            if (source.regionMatches(true, i, BODY_END, 0, BODY_END.length()) && !html.overlapsTag(i, i + 1)) {
                return new Edit(i, i, addition);
            }
        }
        return new Edit(source.length(), source.length(), addition);
    }

    static String addToText(String text, boolean withFooter) {
        return withFooter ? text.stripTrailing() + TEXT : text;
    }
}
