package org.rempart.tracking.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a message of the bounce mailbox reports, and where its delivery may be read: a delivery
 * status notification (RFC 3464), an abuse report (ARF, RFC 5965), or a mail to an unsubscribe
 * address. {@code addresses} are the header values that may hold a VERP token of {@code kind};
 * {@code messageId} is the Message-ID of the returned message, when it came back.
 */
record ReturnedMail(Feedback feedback, TokenKind kind, List<String> addresses, Optional<String> messageId) {

    private static final String[] RECIPIENT_HEADERS = {"To", "Delivered-To", "X-Original-To", "Envelope-To"};
    private static final Pattern TOKEN = Pattern.compile("(?i)(?:bounces|unsubscribe)\\+([0-9a-z]{" + TokenCodec.LENGTH
            + "})@");

    /** The tokens of the addresses, in order. */
    List<String> tokens() {
        return addresses.stream().flatMap(value -> TOKEN.matcher(value).results().map(m -> m.group(1))).toList();
    }

    /** Empty for anything else: a delivered or relayed notice, another feedback type, an ordinary mail. */
    static Optional<ReturnedMail> of(MimeMessage message) throws MessagingException, IOException {
        List<String> addresses = values(message.getAllHeaders(), RECIPIENT_HEADERS);
        if (!message.isMimeType("multipart/report")) {
            return Optional.of(new ReturnedMail(new Feedback.Unsubscribe(), TokenKind.UNSUBSCRIBE, addresses,
                    Optional.empty()));
        }
        String reportType = new ContentType(message.getContentType()).getParameter("report-type");
        Multipart parts = (Multipart) message.getContent();
        List<InternetHeaders> report = List.of();
        InternetHeaders returned = new InternetHeaders();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/feedback-report")) {
                report = blocks(part.getInputStream());
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                returned = returnedHeaders(part);
            }
        }
        Optional<Feedback> feedback = switch (reportType == null ? "" : reportType.toLowerCase(Locale.ROOT)) {
            case "delivery-status" -> deliveryStatus(report);
            case "feedback-report" -> abuse(report);
            default -> Optional.empty();
        };
        List<String> found = new ArrayList<>(addresses);
        found.addAll(values(returned.getAllHeaders(), "Return-Path"));
        for (InternetHeaders block : report) {
            found.addAll(values(block.getAllHeaders(), "Original-Mail-From"));
        }
        String returnedId = returned.getHeader("Message-ID", null);
        Optional<String> messageId = Optional.ofNullable(returnedId).map(id -> id.strip().replaceAll("^<|>$", ""));
        return feedback.map(f -> new ReturnedMail(f, TokenKind.BOUNCE, found, messageId));
    }

    /** The headers of the returned message: over IMAP, a message/rfc822 part is read as a nested message. */
    private static InternetHeaders returnedHeaders(BodyPart part) throws MessagingException, IOException {
        if (!(part.getContent() instanceof Message original)) {
            return new InternetHeaders(part.getInputStream());
        }
        InternetHeaders headers = new InternetHeaders();
        for (Enumeration<Header> all = original.getAllHeaders(); all.hasMoreElements();) {
            Header header = all.nextElement();
            headers.addHeader(header.getName(), header.getValue());
        }
        return headers;
    }

    /** A hard bounce when a recipient failed with a 5.x.x status, a soft one when failed with 4.x.x or delayed. */
    private static Optional<Feedback> deliveryStatus(List<InternetHeaders> blocks) {
        Optional<Feedback> soft = Optional.empty();
        for (InternetHeaders block : blocks) {
            String action = block.getHeader("Action", null);
            String status = StatusCode.of(block.getHeader("Status", null));
            if (action == null) {
                continue;
            }
            switch (action.strip().toLowerCase(Locale.ROOT)) {
                case "failed" -> {
                    if (!status.startsWith("4")) {
                        return Optional.of(new Feedback.HardBounce(status));
                    }
                    soft = Optional.of(new Feedback.SoftBounce(status));
                }
                case "delayed" -> soft = Optional.of(new Feedback.SoftBounce(status));
                default -> {
                }
            }
        }
        return soft;
    }

    private static Optional<Feedback> abuse(List<InternetHeaders> blocks) {
        return blocks.stream().map(block -> block.getHeader("Feedback-Type", null))
                .filter(type -> type != null && type.strip().equalsIgnoreCase("abuse"))
                .findFirst().map(type -> new Feedback.Complaint());
    }

    /** The header blocks of a report, separated by blank lines: per message, then per recipient. */
    private static List<InternetHeaders> blocks(InputStream content) throws MessagingException, IOException {
        var in = new ByteArrayInputStream(content.readAllBytes());
        List<InternetHeaders> blocks = new ArrayList<>();
        while (in.available() > 0) {
            InternetHeaders block = new InternetHeaders(in);
            if (block.getAllHeaders().hasMoreElements()) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private static List<String> values(Enumeration<Header> headers, String... names) {
        List<String> values = new ArrayList<>();
        while (headers.hasMoreElements()) {
            var header = headers.nextElement();
            for (String name : names) {
                if (header.getName().equalsIgnoreCase(name)) {
                    values.add(header.getValue());
                }
            }
        }
        return values;
    }
}
