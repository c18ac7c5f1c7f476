package org.rempart.campaigns.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The http(s) URLs written in a plain-text template (an email's text body, an SMS), each replaced
 * by its link's placeholder. A URL that runs into a merge field is refused: personal values never
 * go into a URL, and a click only ever leads to a link of the template.
 */
final class TextLinks {

    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"{}]+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]'";

    private TextLinks() {
    }

    static String track(MustacheSource source, LinkTable links, TemplateProblems problems) {
        String text = source.text();
        List<Edit> edits = new ArrayList<>();
        MustacheSource.LineCounter lines = new MustacheSource.LineCounter(text);
        for (MustacheSource.Literal literal : source.literals()) {
            Matcher url = URL.matcher(text).region(literal.start(), literal.end());
            while (url.find()) {
                int end = withoutTrailingPunctuation(text, url.start(), url.end());
                if (end == literal.end() && end < text.length()) {
                    problems.add(source.part(), lines.lineAt(url.start()),
                            "a link's address cannot hold a merge field: personal values never go into a URL");
                } else {
                    edits.add(new Edit(url.start(), end, links.placeholder(text.substring(url.start(), end))));
                }
            }
        }
        return Edit.apply(text, edits);
    }

    private static int withoutTrailingPunctuation(String text, int start, int end) {
        while (end > start && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
