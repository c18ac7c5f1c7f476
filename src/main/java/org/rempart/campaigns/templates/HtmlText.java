package org.rempart.campaigns.templates;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text body of an email whose template has none, written from its HTML body: paragraphs,
 * headings, lists and tables apart by a blank line, line breaks and rows on lines of their own,
 * list items as {@code - } or {@code 1. }, links as {@code text (url)}. The merge-field tags of the
 * HTML's text come through as they are: the result is itself a template.
 */
final class HtmlText implements NodeFilter {

    private static final Set<String> SKIPPED = Set.of("head", "title", "style", "script", "noscript", "template");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
            "blockquote", "pre", "dl", "figure");
    private static final Set<String> LINES = Set.of("div", "tr", "li", "section", "article", "header", "footer", "main",
            "nav", "aside", "address", "center", "dt", "dd", "form", "figcaption", "caption");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private final HtmlLinks links;
    private final StringBuilder out = new StringBuilder();

    private HtmlText(HtmlLinks links) {
        this.links = links;
    }

    static String of(HtmlLinks links) {
        HtmlText text = new HtmlText(links);
        NodeTraversor.filter(text, links.document().body());
        String lines = TRAILING_SPACES.matcher(text.out).replaceAll("\n");
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            words(text.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        switch (tag) {
            case "br" -> newLine();
            case "hr" -> {
                blankLine();
                out.append("----");
                blankLine();
            }
            case "li" -> {
                newLine();
                out.append(itemMarker(element));
            }
            case "td", "th" -> {
                if (element.elementSiblingIndex() > 0) {
                    words(" ");
                }
            }
            case "a" -> {
                Optional<String> target = target(element);
                if (target.isPresent() && element.text().strip().equals(element.attr("href").strip())) {
                    words(target.get());
                    return FilterResult.SKIP_ENTIRELY;
                }
            }
            default -> startBlock(tag);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("a")) {
                target(element).ifPresent(target -> words(element.text().isBlank() ? target : " (" + target + ")"));
            } else {
                startBlock(tag);
            }
        }
        return FilterResult.CONTINUE;
    }

    /**
     * Where a link leads as the text says it: the tracked link's placeholder, another address as
     * written, none for an anchor within the page.
     */
    private Optional<String> target(Element anchor) {
        String href = anchor.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#")) {
            return Optional.empty();
        }
        return links.placeholder(anchor).or(() -> Optional.of(href));
    }

    private static String itemMarker(Element item) {
        Element list = item.parent();
        if (list != null && list.normalName().equals("ol")) {
            return (list.children().stream().filter(child -> child.normalName().equals("li")).toList().indexOf(item) + 1) + ". ";
        }
        return "- ";
    }

    private void startBlock(String tag) {
        if (PARAGRAPHS.contains(tag)) {
            blankLine();
        } else if (LINES.contains(tag)) {
            newLine();
        }
    }

    private void words(String text) {
        String collapsed = SPACES.matcher(text).replaceAll(" ");
        if (collapsed.startsWith(" ") && (out.isEmpty() || endsWithSpace())) {
            collapsed = collapsed.substring(1);
        }
        out.append(collapsed);
    }

    private boolean endsWithSpace() {
        char last = out.charAt(out.length() - 1);
        return last == ' ' || last == '\n';
    }

    private void newLine() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private void blankLine() {
        newLine();
        if (!out.isEmpty() && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
            out.append('\n');
        }
    }
}
