package org.rempart.campaigns.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tracked links of a template, each once, in the order they first appear (HTML body, then
 * text body): a link's index is its position in what {@code TrackingLinks.registerLinks} gets.
 */
final class LinkTable {

    private static final Pattern TRACKED = Pattern.compile("(?i)https?://\\S+");

    private final Map<String, Integer> indexes = new LinkedHashMap<>();

    /** An http(s) URL is tracked; {@code mailto:}, {@code tel:}, {@code #anchor} and the rest are left alone. */
    static boolean isTracked(String url) {
        return TRACKED.matcher(url).matches();
    }

    /** The link's index, given to it now if it is new; its placeholder tag is {@code {{@link<index>}}}. */
    String placeholder(String url) {
        int index = indexes.computeIfAbsent(url, added -> indexes.size());
        return ReservedNames.tag(ReservedNames.link(index));
    }

    List<String> urls() {
        return List.copyOf(indexes.keySet());
    }
}
