package org.rempart.delivery.email;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Verifies a DKIM signature (RFC 6376, rsa-sha256, relaxed/relaxed) of a message as received,
 * with the public key given directly (no DNS). Written from the RFC, independently of the signer.
 */
final class DkimVerifier {

    /** The signature's tags and whether it verifies. */
    record Result(boolean bodyHashMatches, boolean signatureValid, Map<String, String> tags) {
    }

    private DkimVerifier() {
    }

    static Result verify(byte[] raw, String publicKeyBase64) throws GeneralSecurityException {
        String message = new String(raw, StandardCharsets.ISO_8859_1);
        int end = message.indexOf("\r\n\r\n");
        List<String> fields = fields(message.substring(0, end + 2));
        String body = message.substring(end + 4);
        String signatureField = fields.stream().filter(f -> name(f).equals("dkim-signature")).findFirst().orElseThrow();
        Map<String, String> tags = tags(signatureField.substring(signatureField.indexOf(':') + 1));

        byte[] bodyHash = MessageDigest.getInstance("SHA-256").digest(relaxedBody(body).getBytes(StandardCharsets.ISO_8859_1));
        boolean bodyMatches = Base64.getEncoder().encodeToString(bodyHash).equals(tags.get("bh"));

        StringBuilder signed = new StringBuilder();
        List<String> unused = new ArrayList<>(fields);
        for (String name : tags.get("h").split(":")) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (int i = unused.size() - 1; i >= 0; i--) { // the last occurrence first (RFC 6376, 5.4.2)
                if (name(unused.get(i)).equals(wanted)) {
                    signed.append(relaxedHeader(unused.remove(i))).append("\r\n");
                    break;
                }
            }
        }
        String withoutB = signatureField.replaceAll("(?s)(\\bb=)[^;]*", "$1");
        signed.append(relaxedHeader(withoutB));

        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
        var verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(signed.toString().getBytes(StandardCharsets.ISO_8859_1));
        boolean valid = verifier.verify(Base64.getDecoder().decode(tags.get("b")));
        return new Result(bodyMatches, valid, tags);
    }

    /** Header fields with their folding, without the final CRLF. */
    private static List<String> fields(String headers) {
        List<String> fields = new ArrayList<>();
        for (String line : headers.split("\r\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                fields.set(fields.size() - 1, fields.getLast() + "\r\n" + line);
            } else if (!line.isEmpty()) {
                fields.add(line);
            }
        }
        return fields;
    }

    private static String name(String field) {
        return field.substring(0, field.indexOf(':')).strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> tags(String value) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : value.split(";")) {
            int eq = tag.indexOf('=');
            if (eq > 0) {
                tags.put(tag.substring(0, eq).strip(), tag.substring(eq + 1).replaceAll("[ \t\r\n]", ""));
            }
        }
        return tags;
    }

    /** RFC 6376, 3.4.2. */
    private static String relaxedHeader(String field) {
        int colon = field.indexOf(':');
        String value = field.substring(colon + 1).replace("\r\n", "").replaceAll("[ \t]+", " ").strip();
        return field.substring(0, colon).strip().toLowerCase(Locale.ROOT) + ":" + value;
    }

    /** RFC 6376, 3.4.4. */
    private static String relaxedBody(String body) {
        List<String> lines = new ArrayList<>(List.of(body.split("\r\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, lines.get(i).replaceAll("[ \t]+", " ").replaceAll(" $", ""));
        }
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines.isEmpty() ? "" : String.join("\r\n", lines) + "\r\n";
    }
}
