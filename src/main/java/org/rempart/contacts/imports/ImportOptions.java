package org.rempart.contacts.imports;

import org.rempart.contacts.ContactKind;

/**
 * How to read an upload: the kind of rows that have none, where the file comes from, and the
 * consent wording its people were shown (kept as proof with each consent).
 */
record ImportOptions(ContactKind kind, String source, String consentWording) {
}
