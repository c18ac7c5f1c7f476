package org.rempart.contacts.internal;

/**
 * Where a consent came from: an import (job, SHA-256 of the file; the line is per row), a form or
 * an API call (who made it). Never a copy of the file or a personal value.
 *
 * @param source IMPORT, FORM or API
 * @param wording the text the person was shown, when known
 * @param reference the operator and token of a form or API call
 */
public record ConsentProof(String source, String wording, Long importJob, String fileSha256, String reference) {

    public static ConsentProof ofImport(long job, String sha256, String wording) {
        return new ConsentProof("IMPORT", wording, job, sha256, null);
    }
}
