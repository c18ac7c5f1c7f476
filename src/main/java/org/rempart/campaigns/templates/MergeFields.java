package org.rempart.campaigns.templates;

import java.util.Set;
import java.util.TreeSet;

/**
 * The merge fields a template may name: the contact's first and last name, the unsubscribe URL
 * (email only: an SMS carries its STOP mention instead) and the attributes present in the base.
 * Never an address, a number or a birth date.
 */
record MergeFields(Set<String> names) {

    static final String FIRST_NAME = "first_name";
    static final String LAST_NAME = "last_name";
    static final String UNSUBSCRIBE_URL = "unsubscribe_url";

    MergeFields {
        names = Set.copyOf(names);
    }

    static MergeFields forEmail(Set<String> attributeNames) {
        return of(attributeNames, FIRST_NAME, LAST_NAME, UNSUBSCRIBE_URL);
    }

    static MergeFields forSms(Set<String> attributeNames) {
        return of(attributeNames, FIRST_NAME, LAST_NAME);
    }

    private static MergeFields of(Set<String> attributeNames, String... builtIn) {
        Set<String> all = new TreeSet<>(attributeNames);
        all.addAll(Set.of(builtIn));
        return new MergeFields(all);
    }

    /** These names and {@code more}: Rempart's own, in a source it wrote. */
    MergeFields plus(java.util.Collection<String> more) {
        Set<String> all = new TreeSet<>(names);
        all.addAll(more);
        return new MergeFields(all);
    }

    boolean contains(String name) {
        return names.contains(name);
    }

    /** The names, sorted, for a message that tells the author what is available. */
    String describe() {
        return String.join(", ", new TreeSet<>(names));
    }
}
