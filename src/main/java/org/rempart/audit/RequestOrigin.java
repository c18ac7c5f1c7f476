package org.rempart.audit;

/** Where a request came from, as far as Rempart can tell; {@link #NONE} for background work. */
public record RequestOrigin(String ip, String userAgent) {

    public static final RequestOrigin NONE = new RequestOrigin(null, null);
}
