package org.rempart.campaigns.templates;

import com.samskivert.mustache.Template;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The values of one rendering: Rempart's own (the links' URLs and whatever else the message
 * adds) looked up first, then the recipient's merge values.
 */
final class Rendering {

    private final Map<String, Object> own;
    private final MergeValues values;

    private Rendering(Map<String, Object> own, MergeValues values) {
        this.own = own;
        this.values = values;
    }

    /**
     * @param fixed values of the whole campaign
     * @param linkNames the links' reserved names, by index
     * @param link the URL that the link at an index becomes in this message
     */
    static Rendering of(Map<String, String> fixed, List<String> linkNames, IntFunction<String> link, MergeValues values) {
        Map<String, Object> own = new HashMap<>(2 * (fixed.size() + linkNames.size()));
        own.putAll(fixed);
        for (int i = 0; i < linkNames.size(); i++) {
            own.put(linkNames.get(i), link.apply(i));
        }
        return new Rendering(own, values);
    }

    static List<String> linkNames(int count) {
        return IntStream.range(0, count).mapToObj(ReservedNames::link).toList();
    }

    /** Adds one of Rempart's own values for this message (the unsubscribe URL, the pixel). */
    Rendering with(String name, String value) {
        own.put(name, value);
        return this;
    }

    String render(Template template) {
        TextOutput out = new TextOutput();
        template.execute(own, values, out);
        return out.toString();
    }
}
