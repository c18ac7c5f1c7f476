package org.rempart.contacts;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Contacts' free attributes (non-identifying), for the merge fields of templates. */
public interface ContactAttributes {

    /** The attributes of each contact; a contact without any maps to an empty map. */
    Map<Long, Map<String, String>> of(Collection<Long> contactIds);

    /** Every attribute name present in the base: what a template may use. */
    Set<String> names();
}
