package org.rempart.vault;

/**
 * What screens and API lists show of a contact: {@code j***@o*****.fr}, {@code +33 6 ** ** ** 42},
 * {@code D***}, the birth year. Null where the field is empty; {@link #erased()} when the contact's
 * data key was shredded.
 */
public record MaskedIdentity(
        String lastName,
        String firstName,
        String email,
        String mobile,
        String landline,
        Integer birthYear,
        boolean erased) {

    public static final MaskedIdentity ERASED = new MaskedIdentity(null, null, null, null, null, null, true);
}
