package org.rempart.campaigns.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the sandbox reads values: a name is looked up in Rempart's own {@link Map} of a rendering,
 * then in the recipient's {@link MergeValues}, where a name the contact has no value for is
 * empty (so its section is false), and nowhere else. jmustache's default collector would call a
 * getter or read a field of whatever object it meets (a value's {@code getClass()},
 * {@code bytes}...); this one never reflects, never iterates, and finds nothing in a value itself,
 * so a template reaches the strings of those two maps and nothing behind them.
 */
final class MapOnlyCollector implements Mustache.Collector {

    private static final Mustache.VariableFetcher MAP_ENTRY = (context, name) -> {
        Map<?, ?> map = (Map<?, ?>) context;
        return map.containsKey(name) ? map.get(name) : Template.NO_FETCHER_FOUND;
    };

    private static final Mustache.VariableFetcher MERGE_VALUE =
            (context, name) -> ((MergeValues) context).values().getOrDefault(name, "");

    @Override
    public Iterator<?> toIterator(Object value) {
        return null;
    }

    @Override
    public Mustache.VariableFetcher createFetcher(Object context, String name) {
        if (context instanceof MergeValues) {
            return MERGE_VALUE;
        }
        return context instanceof Map<?, ?> ? MAP_ENTRY : null;
    }

    @Override
    public <K, V> Map<K, V> createFetcherCache() {
        return new ConcurrentHashMap<>();
    }
}
