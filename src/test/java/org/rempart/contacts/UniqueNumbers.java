package org.rempart.contacts;

import java.util.concurrent.atomic.AtomicLong;

/** Valid French mobile numbers that no other test of the same run uses (tests share one database). */
public final class UniqueNumbers {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 500_000);

    private UniqueNumbers() {
    }

    /** {@code 06 12 34 56 78}-style, in the 06 12 range that libphonenumber knows as mobile. */
    public static String mobile() {
        long n = NEXT.incrementAndGet() % 1_000_000;
        return String.format("06 12 %02d %02d %02d", n / 10_000, n / 100 % 100, n % 100);
    }

    public static String e164(String national) {
        return "+33" + national.replace(" ", "").substring(1);
    }
}
