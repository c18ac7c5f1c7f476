package org.rempart.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this process (Rempart, and the sink it sends to) and by the machine's
 * PostgreSQL processes: on two cores that both saturate, what a message costs shows better in its
 * CPU time than in a rate that the machine's other work moves by a tenth from run to run.
 */
record CpuTime(long processNanos, long postgresNanos) {

    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    static CpuTime now() {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuTime(os.getProcessCpuTime(), postgresTotal());
    }

    /** The time used between {@code before} and this. */
    CpuTime minus(CpuTime before) {
        return new CpuTime(processNanos - before.processNanos, postgresNanos - before.postgresNanos);
    }

    /** User and system time of the processes named postgres, 0 where /proc cannot be read. */
    private static long postgresTotal() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long ticks = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuTime::postgresTicks).sum();
            return ticks * 1_000_000_000 / TICKS_PER_SECOND;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long postgresTicks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int nameEnd = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, nameEnd).equals("postgres")) {
                return 0;
            }
            // After the name: state, then ten fields, then utime and stime.
            String[] fields = stat.substring(nameEnd + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }
}
