package org.rempart.delivery.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.rempart.delivery.OutgoingEmail;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;
import org.springframework.stereotype.Component;

/**
 * The message exactly as it leaves Rempart: {@link EmailMime}, then, unless the relay signs,
 * a DKIM signature (rsa-sha256, relaxed/relaxed) by the sending domain's key.
 */
@Component
public class WireMessages {

    /** The headers the signature covers, besides the library's defaults that are present. */
    static final List<String> SIGNED_HEADERS = List.of("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
            "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post");

    private final DkimSettings settings;
    private final DkimKeys keys;

    /** Jakarta Mail's own switch for its stream provider (a JVM system property). */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    WireMessages(DkimSettings settings, DkimKeys keys) {
        this.settings = settings;
        this.keys = keys;
        // Without it, Jakarta Mail looks its stream provider up with a ServiceLoader scan of the
        // class path for every encoded part: a third of a campaign's time. Named, it is loaded directly.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, MailStreamProvider.class.getName());
        }
    }

    public SMTPMessage build(Session session, OutgoingEmail email) throws MessagingException {
        SMTPMessage message = EmailMime.of(session, email);
        if (!settings.enabled()) {
            return message;
        }
        String domain = email.from().domain();
        var signer = new DkimSigner(domain, settings.selector(), keys.privateKey(domain));
        signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
        signer.setHeaderCanonicalization(Canonicalization.RELAXED);
        signer.setBodyCanonicalization(Canonicalization.RELAXED);
        signer.setLengthParam(false);
        signer.setCopyHeaderFields(false);
        signer.setCheckDomainKey(false);
        SIGNED_HEADERS.forEach(signer::addHeaderToSign);
        var signed = new DkimMessage(message, signer);
        signed.setEnvelopeFrom(message.getEnvelopeFrom());
        return signed;
    }

    public boolean signs() {
        return settings.enabled();
    }

    public String selector() {
        return settings.selector();
    }
}
