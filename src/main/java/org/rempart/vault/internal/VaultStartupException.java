package org.rempart.vault.internal;

/** Why Rempart will not start with the keys it found; the message says what to do. */
public class VaultStartupException extends RuntimeException {

    private final String action;

    public VaultStartupException(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
