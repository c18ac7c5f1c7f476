package org.rempart.audit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.rempart.platform.DataDirectory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed checkpoints of this node, one JSON line each in {@code <data dir>/audit-checkpoints.log}
 * (0600): {@code {"seq":..,"hash":"<hex>","at":"<ISO instant>","signature":"<base64>"}}.
 */
@Component
class CheckpointFile {

    static final String NAME = "audit-checkpoints.log";

    /** A checkpoint line as written. */
    record Line(long seq, String hash, String at, String signature) {
    }

    /** A line that parsed, with its line number; its signature is not checked yet. */
    record Signed(int lineNumber, Checkpoint checkpoint, byte[] signature) {
    }

    /** Every line of the file: those that parse, and the numbers of those that do not. */
    record Contents(List<Signed> checkpoints, List<Integer> unreadableLines) {
    }

    private final DataDirectory directory;
    private final JsonMapper json;

    CheckpointFile(DataDirectory directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    Path path() {
        return directory.resolve(NAME);
    }

    /** Appends a checkpoint and returns the line written. */
    String append(Checkpoint checkpoint, byte[] signature) {
        String line = json.writeValueAsString(new Line(checkpoint.seq(), HexFormat.of().formatHex(checkpoint.hash()),
                checkpoint.at().toString(), Base64.getEncoder().encodeToString(signature)));
        directory.appendLine(NAME, line);
        return line;
    }

    Contents read() {
        List<Signed> checkpoints = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path())) {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                try { // a JacksonException is a RuntimeException too
                    Line line = json.readValue(text, Line.class);
                    Checkpoint checkpoint = new Checkpoint(line.seq(), HexFormat.of().parseHex(line.hash()),
                            Instant.parse(line.at()));
                    checkpoints.add(new Signed(number, checkpoint, Base64.getDecoder().decode(line.signature())));
                } catch (RuntimeException e) {
                    unreadable.add(number);
                }
            }
        } catch (NoSuchFileException e) {
            // No checkpoint written yet.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path(), e);
        }
        return new Contents(checkpoints, unreadable);
    }
}
