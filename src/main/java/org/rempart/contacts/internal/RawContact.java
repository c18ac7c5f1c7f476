package org.rempart.contacts.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contact as typed, before validation: one CSV row or one API body. Blank values count as
 * absent. {@link #toString()} shows no value.
 */
public record RawContact(Map<ContactField, String> fields, Map<String, String> attributes) {

    public RawContact {
        EnumMap<ContactField, String> present = new EnumMap<>(ContactField.class);
        fields.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                present.put(field, value.strip());
            }
        });
        fields = present;
        Map<String, String> kept = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value.strip());
            }
        });
        attributes = kept;
    }

    public String get(ContactField field) {
        return fields.get(field);
    }

    @Override
    public String toString() {
        return "RawContact" + fields.keySet() + attributes.keySet();
    }
}
