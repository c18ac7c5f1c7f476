package org.rempart.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.rempart.audit.AuditEntry;

/**
 * The chain: each entry's hash is SHA-256(previous hash || canonical form of every field). The
 * canonical form writes each field as a length-prefixed UTF-8 string (length -1 for null), so
 * that no two different entries share it.
 */
final class EntryHash {

    private EntryHash() {
    }

    /** What the first entry is chained to (the head of an empty log holds it too). */
    static byte[] genesis() {
        return new byte[32];
    }

    static byte[] of(byte[] previous, AuditEntry entry) {
        MessageDigest sha = sha256();
        sha.update(previous);
        sha.update(canonical(entry));
        return sha.digest();
    }

    static byte[] canonical(AuditEntry e) {
        var out = new ByteArrayOutputStream(256);
        field(out, Long.toString(e.seq()));
        field(out, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, e.at())));
        field(out, e.actorType());
        field(out, e.actorId() == null ? null : e.actorId().toString());
        field(out, e.tokenId() == null ? null : e.tokenId().toString());
        field(out, e.actorName());
        field(out, e.action());
        field(out, e.purpose());
        field(out, e.purposeRef() == null ? null : e.purposeRef().toString());
        field(out, e.reason());
        field(out, e.subjects());
        field(out, Long.toString(e.subjectCount()));
        field(out, e.originIp());
        field(out, e.userAgent());
        field(out, e.outcome());
        field(out, e.detail());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
