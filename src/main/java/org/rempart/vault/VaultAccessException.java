package org.rempart.vault;

/** A contact's plaintext could not be produced; the message names the contact id and the failure, nothing else. */
public class VaultAccessException extends RuntimeException {

    private final long contactId;
    private final VaultFailure failure;

    public VaultAccessException(long contactId, VaultFailure failure) {
        super("Contact " + contactId + ": " + failure);
        this.contactId = contactId;
        this.failure = failure;
    }

    public long contactId() {
        return contactId;
    }

    public VaultFailure failure() {
        return failure;
    }
}
