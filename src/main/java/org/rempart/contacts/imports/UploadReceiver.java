package org.rempart.contacts.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.apache.commons.io.output.CountingOutputStream;
import org.rempart.contacts.ContactKind;
import org.rempart.platform.RequestRejectedException;
import org.rempart.vault.EncryptedTempFile;
import org.rempart.vault.EncryptedTempFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reads a multipart upload as a stream ({@code file}, and optional {@code kind}, {@code source},
 * {@code consentWording}): the file's bytes go straight into an encrypted temporary file while
 * their SHA-256 is computed, so that the upload never touches the disk in clear and memory stays
 * flat whatever its size.
 */
@Component
class UploadReceiver {

    private static final int MAX_FIELD = 1000;

    private final EncryptedTempFiles files;
    private final long maxBytes;

    UploadReceiver(EncryptedTempFiles files, @Value("${rempart.imports.max-upload-size:2GB}") DataSize max) {
        this.files = files;
        this.maxBytes = max.toBytes();
    }

    Upload receive(HttpServletRequest request) throws IOException {
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            throw RequestRejectedException.badRequest("Send the file as multipart/form-data, in a field named 'file'.");
        }
        var upload = new JakartaServletFileUpload<>();
        upload.setSizeMax(maxBytes);
        upload.setFileSizeMax(maxBytes);
        String kind = null;
        String source = null;
        String wording = null;
        EncryptedTempFile file = null;
        String sha256 = null;
        long bytes = 0;
        try {
            var items = upload.getItemIterator(request);
            while (items.hasNext()) {
                var item = items.next();
                switch (item.getFieldName()) {
                    case "file" -> {
                        if (file != null) {
                            throw RequestRejectedException.badRequest("Send one file per import.");
                        }
                        file = files.create();
                        MessageDigest digest = sha256();
                        try (InputStream in = item.getInputStream();
                                var counting = new CountingOutputStream(new DigestOutputStream(file.write(), digest))) {
                            in.transferTo(counting);
                            counting.flush();
                            bytes = counting.getByteCount();
                        }
                        sha256 = HexFormat.of().formatHex(digest.digest());
                    }
                    case "kind" -> kind = field(item.getInputStream(), "kind");
                    case "source" -> source = field(item.getInputStream(), "source");
                    case "consentWording" -> wording = field(item.getInputStream(), "consentWording");
                    default -> throw RequestRejectedException.badRequest("Unknown form field '"
                            + item.getFieldName() + "': expected file, kind, source, consentWording.");
                }
            }
            if (file == null) {
                throw RequestRejectedException.badRequest("The form field 'file' is missing.");
            }
            return new Upload(file, sha256, bytes, new ImportOptions(kind(kind), source(source), wording));
        } catch (FileUploadSizeException e) {
            close(file);
            throw new RequestRejectedException(HttpStatus.CONTENT_TOO_LARGE,
                    "The file is larger than the " + maxBytes + " bytes an import accepts.");
        } catch (FileUploadException e) {
            close(file);
            throw RequestRejectedException.badRequest("The upload is not a readable multipart/form-data body.");
        } catch (IOException | RuntimeException e) {
            close(file);
            throw e;
        }
    }

    private static void close(EncryptedTempFile file) {
        if (file != null) {
            file.close();
        }
    }

    private static String field(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FIELD * 4 + 1);
        String value = new String(bytes, StandardCharsets.UTF_8).strip();
        if (value.length() > MAX_FIELD) {
            throw RequestRejectedException.badRequest(name + ": at most " + MAX_FIELD + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    private static ContactKind kind(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind.toLowerCase(java.util.Locale.ROOT)) {
            case "client" -> ContactKind.CLIENT;
            case "prospect" -> ContactKind.PROSPECT;
            default -> throw RequestRejectedException.badRequest("kind: client or prospect");
        };
    }

    private static String source(String source) {
        if (source != null && source.length() > 100) {
            throw RequestRejectedException.badRequest("source: at most 100 characters");
        }
        return source == null ? "import" : source;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
