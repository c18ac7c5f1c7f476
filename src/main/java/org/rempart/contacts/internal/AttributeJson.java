package org.rempart.contacts.internal;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The free attributes of a contact as stored in {@code contact.attributes}: one JSON object, keys
 * sorted, no space, strings escaped one character at a time. Because of that form, the text
 * {@code "name":"value"} (with its quotes) occurs in the column exactly when the contact has that
 * attribute with that value: a quote inside a value is always escaped, and a key is followed by a
 * colon where a value is followed by a comma or a brace. Segment conditions look for that text.
 */
final class AttributeJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

    private AttributeJson() {
    }

    /** The column's value; null for no attribute. */
    static String encode(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        var json = new StringBuilder("{");
        new TreeMap<>(attributes).forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(pair(name, value));
        });
        return json.append('}').toString();
    }

    static Map<String, String> decode(String column) {
        return column == null ? Map.of() : JSON.readValue(column, new TypeReference<TreeMap<String, String>>() {
        });
    }

    /** {@code "name":"value"} as it appears in the column. */
    static String pair(String name, String value) {
        return key(name) + '"' + escape(value) + '"';
    }

    /** {@code "name":} as it appears in the column. */
    static String key(String name) {
        return '"' + escape(name) + "\":";
    }

    /** A regular expression (PostgreSQL's and Java's) whose first group is the attribute's value, escaped. */
    static String valuePattern(String name) {
        return key(name) + "\"((?:[^\"\\\\]|\\\\.)*)\"";
    }

    /** A text as it appears between the quotes of a JSON string. */
    static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
