package org.rempart.tracking.internal;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.rempart.audit.Actor;
import org.rempart.delivery.DeliveryRef;
import org.rempart.delivery.Dispatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox over IMAP: delivery status notifications, abuse reports and mails to
 * unsubscribe addresses, matched to their delivery by the VERP token of an address or by the
 * returned message's Message-ID. Processed messages are deleted; the others are left alone and
 * counted. Nothing of a message is logged: they are full of addresses.
 */
@Component
class BounceMailbox {

    private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);
    private static final Actor ACTOR = new Actor.SystemJob("bounce mailbox");

    /** The outcome of one pass over the mailbox. */
    record Pass(int processed, int unmatched) {
    }

    private final IncomingLinks links;
    private final Dispatch dispatch;
    private final FeedbackRecorder recorder;
    private final Clock clock;

    BounceMailbox(IncomingLinks links, Dispatch dispatch, FeedbackRecorder recorder, Clock clock) {
        this.links = links;
        this.dispatch = dispatch;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** @param url {@code imap://user:password@host:port/FOLDER} or {@code imaps://...}; the folder defaults to INBOX */
    Pass read(String url) throws MessagingException {
        URLName name = new URLName(url);
        Store store = Session.getInstance(timeouts(name.getProtocol())).getStore(name);
        store.connect();
        try {
            Folder folder = store.getFolder(name.getFile() == null || name.getFile().isBlank() ? "INBOX" : name.getFile());
            folder.open(Folder.READ_WRITE);
            int processed = 0;
            int unmatched = 0;
            try {
                for (Message message : folder.getMessages()) {
                    if (apply((MimeMessage) message)) {
                        message.setFlag(Flags.Flag.DELETED, true);
                        processed++;
                    } else {
                        unmatched++;
                    }
                }
            } finally {
                folder.close(true);
            }
            log.info("Bounce mailbox: {} messages processed, {} left unmatched", processed, unmatched);
            return new Pass(processed, unmatched);
        } finally {
            store.close();
        }
    }

    private boolean apply(MimeMessage message) throws MessagingException {
        Optional<ReturnedMail> returned;
        try {
            returned = ReturnedMail.of(message);
        } catch (IOException | MessagingException | ClassCastException unreadable) {
            log.warn("A message of the bounce mailbox could not be read ({}); it is left there",
                    unreadable.getClass().getSimpleName());
            return false;
        }
        Optional<DeliveryRef> delivery = returned.flatMap(this::delivery);
        delivery.ifPresent(d -> recorder.record(d, returned.get().feedback(), clock.instant(), ACTOR));
        return delivery.isPresent();
    }

    private Optional<DeliveryRef> delivery(ReturnedMail returned) {
        return returned.tokens().stream().map(token -> links.delivery(token, returned.kind()))
                .flatMap(Optional::stream).findFirst()
                .or(() -> returned.messageId().flatMap(dispatch::deliveryByMessageId));
    }

    private static Properties timeouts(String protocol) {
        Properties properties = new Properties();
        for (String setting : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
            properties.setProperty("mail." + protocol + "." + setting, "30000");
        }
        return properties;
    }
}
