package org.rempart.contacts.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rempart.contacts.internal.ContactField;
import org.rempart.contacts.internal.ContactValidator;
import org.rempart.contacts.internal.RawContact;
import org.rempart.platform.RequestRejectedException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON body of a contact ({@code {"lastName", ..., "consents":{"EMAIL":"yes"},
 * "attributes":{...}, "tags":[...]}}) into the raw form that imports produce too, so that both are
 * validated by the same rules. Unknown keys are refused by name.
 */
final class ContactBody {

    private static final Map<String, ContactField> FIELDS = new LinkedHashMap<>();

    static {
        for (ContactField field : ContactField.values()) {
            if (field != ContactField.CONSENT_EMAIL && field != ContactField.CONSENT_SMS) {
                FIELDS.put(field.jsonName(), field);
            }
        }
    }

    private ContactBody() {
    }

    static RawContact read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw RequestRejectedException.badRequest("The body is a JSON object of contact fields.");
        }
        Map<ContactField, String> fields = new EnumMap<>(ContactField.class);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (var entry : body.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            switch (key) {
                case "consents" -> consents(value, fields);
                case "attributes" -> attributes(value, attributes);
                case "tags" -> fields.put(ContactField.TAGS, value.isArray()
                        ? String.join("|", value.valueStream().map(ContactBody::text).toList()) : text(value));
                case "source", "consentWording" -> {
                    // read by the controller
                }
                default -> {
                    ContactField field = FIELDS.get(key);
                    if (field == null) {
                        throw RequestRejectedException.badRequest("Unknown field '" + key + "'");
                    }
                    fields.put(field, text(value));
                }
            }
        }
        return new RawContact(fields, attributes);
    }

    private static void consents(JsonNode value, Map<ContactField, String> fields) {
        if (!value.isObject()) {
            throw RequestRejectedException.badRequest("consents: an object such as {\"EMAIL\":\"yes\",\"SMS\":\"no\"}");
        }
        for (var entry : value.properties()) {
            ContactField field = switch (entry.getKey()) {
                case "EMAIL" -> ContactField.CONSENT_EMAIL;
                case "SMS" -> ContactField.CONSENT_SMS;
                default -> throw RequestRejectedException.badRequest("consents: unknown channel '" + entry.getKey()
                        + "'");
            };
            fields.put(field, text(entry.getValue()));
        }
    }

    private static void attributes(JsonNode value, Map<String, String> attributes) {
        if (!value.isObject()) {
            throw RequestRejectedException.badRequest("attributes: an object of names and values");
        }
        for (var entry : value.properties()) {
            String name = ContactValidator.attributeName(entry.getKey()).orElseThrow(
                    () -> RequestRejectedException.badRequest("attributes: a name is 1 to 64 letters or digits"));
            attributes.put(name, text(entry.getValue()));
        }
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainer()) {
            throw RequestRejectedException.badRequest("A contact field takes a single value.");
        }
        return value.asString();
    }
}
