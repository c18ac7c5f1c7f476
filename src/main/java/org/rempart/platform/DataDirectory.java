package org.rempart.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where Rempart keeps what must not live in the database: the embedded database itself, keys,
 * the initial admin password. The directory is private to the service user (0700) and every
 * file Rempart writes there is 0600.
 */
public record DataDirectory(Path path) {

    private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

    public DataDirectory {
        path = path.toAbsolutePath().normalize();
    }

    /** Creates the directory 0700 when it is missing; an existing one is tightened to 0700. */
    public DataDirectory ensureExists() {
        try {
            Files.createDirectories(path);
            restrict(path, DIRECTORY_MODE);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + path, e);
        }
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }

    /** Writes a new private file (0600); fails if it already exists. */
    public Path writeNewPrivateFile(String name, String content) {
        Path file = resolve(name);
        try {
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString());
            }
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_MODE));
            Files.writeString(file, content);
            return file;
        } catch (UnsupportedOperationException e) {
            return writeWithoutPosix(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * Appends a line to a private file (created 0600), synchronously to the disk: for records that
     * must survive a crash right after they are written.
     */
    public void appendLine(String name, String line) {
        Path file = resolve(name);
        try {
            if (!Files.exists(file)) {
                createPrivateFile(file);
            }
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.APPEND,
                    StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to " + file, e);
        }
    }

    private static void createPrivateFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_MODE));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // Created meanwhile by another writer: append to it.
        }
    }

    /** Sets every regular file directly in the directory to 0600 (files created by the database). */
    public void restrictFiles() {
        try (var files = Files.list(path)) {
            files.filter(Files::isRegularFile).forEach(file -> restrict(file, FILE_MODE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the data directory " + path, e);
        }
    }

    private static Path writeWithoutPosix(Path file, String content) {
        try {
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void restrict(Path target, Set<PosixFilePermission> mode) {
        try {
            Files.setPosixFilePermissions(target, mode);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the service account's ACLs apply.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the permissions of " + target, e);
        }
    }
}
