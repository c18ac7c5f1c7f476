package org.rempart.vault.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.rempart.vault.ContactIdentity;

/** The plaintext layout of a contact blob: a version byte, then each field, present or not. */
final class IdentityCodec {

    private static final int VERSION = 1;

    private IdentityCodec() {
    }

    static byte[] encode(ContactIdentity identity) {
        var bytes = new ByteArrayOutputStream(160);
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            text(out, identity.lastName());
            text(out, identity.firstName());
            text(out, identity.email());
            text(out, identity.mobile());
            text(out, identity.landline());
            out.writeBoolean(identity.birthDate() != null);
            if (identity.birthDate() != null) {
                out.writeInt((int) identity.birthDate().toEpochDay());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Throws {@link IOException} on a layout it does not know (which authenticated decryption makes unlikely). */
    static ContactIdentity decode(byte[] plaintext) throws IOException {
        try (var in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
            if (in.readUnsignedByte() != VERSION) {
                throw new IOException("unknown contact blob version");
            }
            String lastName = text(in);
            String firstName = text(in);
            String email = text(in);
            String mobile = text(in);
            String landline = text(in);
            LocalDate birthDate = in.readBoolean() ? LocalDate.ofEpochDay(in.readInt()) : null;
            return new ContactIdentity(lastName, firstName, email, mobile, landline, birthDate);
        }
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
