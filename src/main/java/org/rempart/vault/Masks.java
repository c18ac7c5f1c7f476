package org.rempart.vault;

import org.rempart.vault.internal.Masking;

/**
 * The vault's masking of a single address or number, for screens that hold one outside a
 * contact (the capture outbox): {@code j***@o*****.fr}, {@code +33 6 ** ** ** 42}.
 */
public final class Masks {

    private Masks() {
    }

    public static String email(String address) {
        return Masking.email(address);
    }

    public static String phone(String e164) {
        return Masking.phone(e164);
    }
}
