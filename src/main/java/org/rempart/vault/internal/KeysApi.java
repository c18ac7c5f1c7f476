package org.rempart.vault.internal;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.rempart.platform.RequestRejectedException;

/** Key rotation over the API: start it, then follow its progress. */
@RestController
@RequestMapping("/api/keys")
@PreAuthorize("hasRole('ADMIN')")
class KeysApi {

    private final KeyRotation rotation;

    KeysApi(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @PostMapping("/rotate")
    @ResponseStatus(HttpStatus.ACCEPTED)
    KeyRotation.Status rotate() {
        try {
            return rotation.start();
        } catch (IllegalStateException e) {
            throw RequestRejectedException.conflict("A key rotation is already running");
        }
    }

    @GetMapping("/rotation")
    KeyRotation.Status status() {
        return rotation.status();
    }
}
