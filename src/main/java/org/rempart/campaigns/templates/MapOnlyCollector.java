package org.rempart.campaigns.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the sandbox reads values: a name is looked up in a {@link Map} and nowhere else. jmustache's
 * default collector would call a getter or read a field of whatever object it meets (a value's
 * {@code getClass()}, {@code bytes}...); this one never reflects, never iterates, and finds
 * nothing in a value itself, so a template reaches the map's strings and nothing behind them.
 */
final class MapOnlyCollector implements Mustache.Collector {

    private static final Mustache.VariableFetcher MAP_ENTRY =
            (context, name) -> ((Map<?, ?>) context).containsKey(name) ? ((Map<?, ?>) context).get(name) : Template.NO_FETCHER_FOUND;

    @Override
    public Iterator<?> toIterator(Object value) {
        return null;
    }

    @Override
    public Mustache.VariableFetcher createFetcher(Object context, String name) {
        return context instanceof Map<?, ?> ? MAP_ENTRY : null;
    }

    @Override
    public <K, V> Map<K, V> createFetcherCache() {
        return new ConcurrentHashMap<>();
    }
}
