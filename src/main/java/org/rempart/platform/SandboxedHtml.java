package org.rempart.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An email's HTML served on its own URL, for an {@code <iframe>} of a Rempart page: the HTML runs
 * in a sandbox (no script, no same-origin, no form, no remote image: a tracking pixel fetched here
 * would count as an open), framed only by Rempart, never cached.
 */
public final class SandboxedHtml {

    public static final String POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'self'";

    private SandboxedHtml() {
    }

    public static ResponseEntity<String> of(String html) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", POLICY)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html);
    }
}
