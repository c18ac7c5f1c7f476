package org.rempart.delivery.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DKIM signatures (RFC 6376), rsa-sha256 with relaxed/relaxed canonicalisation, computed over the
 * bytes {@link EmailMime} wrote, and put in front of them as a DKIM-Signature header field.
 * Signing those bytes directly spares the re-serialisation of the message that a signer working
 * on Jakarta Mail objects needs.
 */
final class DkimSigner {

    /** The header fields the signature covers, when the message has them. */
    private static final List<String> SIGNED_HEADERS = List.of("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
            "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post");

    private static final int FOLD = 72;

    private DkimSigner() {
    }

    /** The message with its signature by {@code domain}'s key, published under {@code selector}. */
    static byte[] sign(byte[] message, String domain, String selector, PrivateKey key, Instant time) {
        int bodyStart = bodyStart(message);
        Map<String, String> fields = fields(new String(message, 0, bodyStart, StandardCharsets.ISO_8859_1));
        List<String> signed = SIGNED_HEADERS.stream().filter(h -> fields.containsKey(h.toLowerCase(Locale.ROOT)))
                .toList();
        List<String> tags = new ArrayList<>(List.of("v=1;", " a=rsa-sha256;", " c=relaxed/relaxed;", " d=" + domain + ";",
                " s=" + selector + ";", " t=" + time.getEpochSecond() + ";", " h="));
        for (int i = 0; i < signed.size(); i++) {
            tags.add(signed.get(i) + (i + 1 < signed.size() ? ":" : ";"));
        }
        tags.add(" bh=" + Base64.getEncoder().encodeToString(bodyHash(message, bodyStart)) + ";");
        tags.add(" b=");
        String signature = folded("DKIM-Signature: ", tags);
        var input = new StringBuilder(1024);
        for (String name : signed) {
            input.append(relaxed(fields.get(name.toLowerCase(Locale.ROOT)))).append("\r\n");
        }
        input.append(relaxed(signature));
        String b = Base64.getEncoder().encodeToString(rsaSha256(input.toString(), key));
        var out = new ByteArrayOutputStream(message.length + 600);
        out.writeBytes((folded(signature, chunks(b)) + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(message);
        return out.toByteArray();
    }

    /** The signature value in pieces of {@value #FOLD} characters, one per folded line. */
    private static List<String> chunks(String b) {
        List<String> chunks = new ArrayList<>(b.length() / FOLD + 1);
        for (int i = 0; i < b.length(); i += FOLD) {
            chunks.add(b.substring(i, Math.min(b.length(), i + FOLD)));
        }
        return chunks;
    }

    /** Where the body starts: after the empty line that ends the header. */
    private static int bodyStart(byte[] message) {
        for (int i = 0; i + 3 < message.length; i++) {
            if (message[i] == '\r' && message[i + 1] == '\n' && message[i + 2] == '\r' && message[i + 3] == '\n') {
                return i + 4;
            }
        }
        throw new IllegalArgumentException("A message without a body cannot be signed");
    }

    /** Each field by lower-case name, folding kept; the last occurrence wins, as verifiers read it. */
    private static Map<String, String> fields(String header) {
        Map<String, String> fields = new HashMap<>();
        int start = 0; // of the current field
        for (int line = 0, end; line < header.length(); line = end + 2) {
            end = header.indexOf("\r\n", line);
            if (end < 0) {
                end = header.length();
            }
            boolean folded = end + 2 < header.length() && (header.charAt(end + 2) == ' '
                    || header.charAt(end + 2) == '\t');
            if (!folded) {
                if (end > start) {
                    String field = header.substring(start, end);
                    fields.put(field.substring(0, field.indexOf(':')).strip().toLowerCase(Locale.ROOT), field);
                }
                start = end + 2;
            }
        }
        return fields;
    }

    /**
     * Relaxed header canonicalisation (3.4.2): name in lower case, value unfolded, runs of white
     * space as one space, none at either end of the value.
     */
    private static String relaxed(String field) {
        int colon = field.indexOf(':');
        var canonical = new StringBuilder(field.length());
        canonical.append(field.substring(0, colon).strip().toLowerCase(Locale.ROOT)).append(':');
        int valueStart = canonical.length();
        boolean space = false;
        for (int i = colon + 1; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ' ' || c == '\t') {
                space = true;
            } else if (c != '\r' && c != '\n') {
                if (space && canonical.length() > valueStart) {
                    canonical.append(' ');
                }
                canonical.append(c);
                space = false;
            }
        }
        return canonical.toString();
    }

    /**
     * SHA-256 of the body in relaxed canonicalisation (3.4.4): white space runs as one space, none
     * at the end of a line, no empty lines at the end, and a final CRLF unless the body is empty.
     */
    private static byte[] bodyHash(byte[] message, int start) {
        byte[] canonical = new byte[message.length - start + 2];
        int n = 0;
        int end = 0; // the canonical body up to the end of its last non-empty line
        boolean space = false;
        boolean content = false;
        for (int i = start; i < message.length; i++) {
            byte b = message[i];
            if (b == ' ' || b == '\t') {
                space = true;
            } else if (b == '\r' && i + 1 < message.length && message[i + 1] == '\n') {
                canonical[n++] = '\r';
                canonical[n++] = '\n';
                i++;
                end = content ? n : end;
                space = false;
                content = false;
            } else {
                if (space) {
                    canonical[n++] = ' ';
                }
                canonical[n++] = b;
                space = false;
                content = true;
            }
        }
        if (content) { // the last line has no CRLF
            canonical[n++] = '\r';
            canonical[n++] = '\n';
            end = n;
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(canonical, 0, end);
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] rsaSha256(String input, PrivateKey key) {
        try {
            var signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(input.getBytes(StandardCharsets.ISO_8859_1));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA-SHA256 signing failed", e);
        }
    }

    /**
     * The pieces after {@code start}, on lines of at most {@value #FOLD} characters, each new line
     * starting with a tab: folding white space, which DKIM allows around every part of a tag.
     */
    private static String folded(String start, List<String> pieces) {
        var text = new StringBuilder(start);
        int column = start.length() - (start.lastIndexOf('\n') + 1);
        for (String piece : pieces) {
            if (column + piece.length() > FOLD && column > 0) {
                text.append("\r\n\t");
                column = 1;
                piece = piece.stripLeading();
            }
            text.append(piece);
            column += piece.length();
        }
        return text.toString();
    }
}
