package org.rempart.campaigns.templates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A campaign's UTM parameters, each optional (blank is absent), appended to every tracked link.
 * A parameter the link already carries keeps the link's own value.
 */
public record Utm(String source, String medium, String campaign, String content, String term) {

    public static final Utm NONE = new Utm(null, null, null, null, null);

    public Utm {
        source = blankToNull(source);
        medium = blankToNull(medium);
        campaign = blankToNull(campaign);
        content = blankToNull(content);
        term = blankToNull(term);
    }

    /** {@code url} with the parameters added to its query, its fragment kept last. */
    public String appendTo(String url) {
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        int question = beforeFragment.indexOf('?');
        Set<String> present = question < 0 ? Set.of() : Arrays.stream(beforeFragment.substring(question + 1).split("&"))
                .map(parameter -> parameter.split("=", 2)[0])
                .collect(Collectors.toSet());
        StringBuilder result = new StringBuilder(beforeFragment);
        String separator = question < 0 ? "?" : beforeFragment.endsWith("?") || beforeFragment.endsWith("&") ? "" : "&";
        for (Map.Entry<String, String> parameter : parameters().entrySet()) {
            if (!present.contains(parameter.getKey())) {
                result.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
                separator = "&";
            }
        }
        return result.append(fragment).toString();
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        putIfPresent(parameters, "utm_source", source);
        putIfPresent(parameters, "utm_medium", medium);
        putIfPresent(parameters, "utm_campaign", campaign);
        putIfPresent(parameters, "utm_content", content);
        putIfPresent(parameters, "utm_term", term);
        return parameters;
    }

    private static void putIfPresent(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
