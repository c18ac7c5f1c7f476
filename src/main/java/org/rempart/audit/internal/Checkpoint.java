package org.rempart.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/** The head of the chain at one time: entry {@code seq} has hash {@code hash}. */
record Checkpoint(long seq, byte[] hash, Instant at) {

    /** What the signature covers; the label keeps it from being valid as any other signed data. */
    byte[] signedBytes() {
        return ("rempart-audit-checkpoint\n" + seq + "\n" + HexFormat.of().formatHex(hash) + "\n" + at)
                .getBytes(StandardCharsets.UTF_8);
    }
}
