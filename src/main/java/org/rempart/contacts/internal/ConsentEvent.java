package org.rempart.contacts.internal;

import java.time.Instant;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ConsentStatus;

/** One entry of a contact's consent history, with its proof. */
public record ConsentEvent(Channel channel, ConsentStatus status, String source, String wording, Instant recordedAt,
        Long importJob, Long line, String fileSha256, String reference) {
}
