package org.rempart.campaigns.templates;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.rempart.vault.ContactIdentity;

/**
 * One recipient's merge values: first and last name from the identity the vault revealed for the
 * delivery (never the address, the numbers nor the birth date), and the contact's attributes. An
 * absent value is empty. {@link #toString()} prints nothing personal.
 */
public record MergeValues(Map<String, String> values) {

    private static final String SAMPLE_FIRST_NAME = "Camille";
    private static final String SAMPLE_LAST_NAME = "Martin";

    public MergeValues {
        values = Map.copyOf(values);
    }

    /** The names win over attributes of the same name. */
    public static MergeValues of(ContactIdentity identity, Map<String, String> attributes) {
        Map<String, String> values = new HashMap<>(attributes.size() + 2);
        attributes.forEach((name, value) -> values.put(name, value == null ? "" : value));
        values.put(MergeFields.FIRST_NAME, orEmpty(identity.firstName()));
        values.put(MergeFields.LAST_NAME, orEmpty(identity.lastName()));
        return new MergeValues(values);
    }

    /** A synthetic contact for previews: Camille Martin, each attribute {@code value of <name>}. */
    public static MergeValues sample(Set<String> attributeNames) {
        Map<String, String> attributes = new HashMap<>();
        attributeNames.forEach(name -> attributes.put(name, "value of " + name));
        return of(new ContactIdentity(SAMPLE_LAST_NAME, SAMPLE_FIRST_NAME, null, null, null, null), attributes);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "MergeValues[redacted]";
    }
}
