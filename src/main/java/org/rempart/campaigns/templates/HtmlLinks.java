package org.rempart.campaigns.templates;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The links of an HTML body as a browser reads it ({@code <a href>}, {@code <area href>}), found
 * in the template's source with their exact place, so that each tracked one is replaced there by
 * its placeholder and nothing else of the author's markup moves. An address may be exactly
 * {@code {{unsubscribe_url}}}, but hold no other merge field.
 */
final class HtmlLinks {

    private static final Pattern UNSUBSCRIBE_TAG = Pattern.compile("\\s*\\{\\{\\s*" + MergeFields.UNSUBSCRIBE_URL + "\\s*}}\\s*");

    private final Document document;
    private final Map<Element, String> placeholders;
    private final List<Edit> edits;

    private HtmlLinks(Document document, Map<Element, String> placeholders, List<Edit> edits) {
        this.document = document;
        this.placeholders = placeholders;
        this.edits = List.copyOf(edits);
    }

    static HtmlLinks find(MustacheSource html, LinkTable links, TemplateProblems problems) {
        String source = html.text();
        Document document = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
        Map<Element, String> placeholders = new IdentityHashMap<>();
        List<Edit> edits = new ArrayList<>();
        for (Element anchor : document.select("a[href], area[href]")) {
            Range value = anchor.attributes().sourceRange("href").valueRange();
            int start = value.start().pos();
            int end = value.end().pos();
            String written = source.substring(start, end);
            String url = anchor.attr("href").strip();
            if (written.contains("{{") && !UNSUBSCRIBE_TAG.matcher(written).matches()) {
                problems.add(html.part(), value.start().lineNumber(), "a link's address cannot hold a merge field other than "
                        + "{{unsubscribe_url}}: personal values never go into a URL");
            } else if (LinkTable.isTracked(url) && !html.overlapsTag(start, end)) {
                String placeholder = links.placeholder(url);
                placeholders.put(anchor, placeholder);
                edits.add(new Edit(start, end, placeholder));
            }
        }
        return new HtmlLinks(document, placeholders, edits);
    }

    Document document() {
        return document;
    }

    /** The placeholder that stands for this anchor's address, when the link is tracked. */
    Optional<String> placeholder(Element anchor) {
        return Optional.ofNullable(placeholders.get(anchor));
    }

    /** The replacement of each tracked address by its placeholder. */
    List<Edit> edits() {
        return edits;
    }
}
