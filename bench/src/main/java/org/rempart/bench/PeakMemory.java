package org.rempart.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident memory of this process from /proc/self/status: now, its high-water mark, and a sampled peak. */
final class PeakMemory extends Thread {

    private volatile long peak;

    PeakMemory() {
        super("peak-memory");
        setDaemon(true);
    }

    @Override
    public void run() {
        while (true) {
            peak = Math.max(peak, current());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peak() {
        return Math.max(peak, current());
    }

    static long current() {
        return field("VmRSS:");
    }

    static long highWaterMark() {
        return field("VmHWM:");
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).replace("kB", "").strip()) * 1024;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
