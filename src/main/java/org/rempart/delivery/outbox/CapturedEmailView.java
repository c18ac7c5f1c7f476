package org.rempart.delivery.outbox;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.rempart.vault.Masks;

/**
 * A captured email read back from its wire bytes, for the outbox's message page: its headers
 * (decoded, the recipient masked), its text part and its HTML part.
 */
record CapturedEmailView(List<HeaderLine> headers, String text, String html) {

    record HeaderLine(String name, String value) {
    }

    static CapturedEmailView of(CapturedMessage.Email captured) {
        try {
            var message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(captured.wire()));
            List<HeaderLine> headers = new ArrayList<>();
            for (Header header : Collections.list(message.getAllHeaders())) {
                String value = header.getName().equalsIgnoreCase("To") ? Masks.email(captured.email().to())
                        : decoded(header.getValue());
                headers.add(new HeaderLine(header.getName(), value));
            }
            String text = "";
            String html = "";
            if (message.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = part.getContent().toString();
                    } else if (part.isMimeType("text/html")) {
                        html = part.getContent().toString();
                    }
                }
            }
            return new CapturedEmailView(List.copyOf(headers), text, html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A captured message cannot be read back", e);
        }
    }

    private static String decoded(String value) {
        String unfolded = MimeUtility.unfold(value);
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException e) {
            return unfolded;
        }
    }
}
