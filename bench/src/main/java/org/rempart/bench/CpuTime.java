package org.rempart.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time used so far by this process (Rempart, and the sink it sends to), by its threads in
 * groups, and by the machine's PostgreSQL processes: on two cores that both saturate, what a
 * message costs shows better in its CPU time than in a rate that the machine's other work moves by
 * a tenth from run to run, and the groups show where it goes without a profiler's own cost.
 * A thread's time counts only while it lives: the groups leave out threads ended meanwhile.
 */
record CpuTime(long processNanos, long postgresNanos, Map<String, Long> threadNanos) {

    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    static CpuTime now() {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuTime(os.getProcessCpuTime(), nanos(processes("/proc").filter(t -> t.name().equals("postgres"))
                .mapToLong(Ticks::ticks).sum()), threads());
    }

    /** The time used between {@code before} and this. */
    CpuTime minus(CpuTime before) {
        Map<String, Long> threads = new TreeMap<>(threadNanos);
        before.threadNanos.forEach((group, nanos) -> threads.merge(group, -nanos, Long::sum));
        return new CpuTime(processNanos - before.processNanos, postgresNanos - before.postgresNanos, threads);
    }

    /** Microseconds per message of each group of threads, as {@code group=µs} pairs. */
    String threadsPerMessage(long messages) {
        return threadNanos.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> "%s=%.0f".formatted(e.getKey(), e.getValue() / 1e3 / messages))
                .collect(Collectors.joining(" "));
    }

    private static Map<String, Long> threads() {
        return processes("/proc/self/task").collect(Collectors.groupingBy(t -> group(t.name()), TreeMap::new,
                Collectors.summingLong(t -> nanos(t.ticks()))));
    }

    /**
     * The JIT compilers, the garbage collector, the SMTP connections' threads, the carriers of the
     * virtual threads (the dispatch workers, and the sink's connections), their I/O pollers.
     */
    private static String group(String thread) {
        if (thread.contains("CompilerThre")) {
            return "jit";
        }
        if (thread.startsWith("G1 ") || thread.startsWith("GC Thread") || thread.equals("VM Thread")) {
            return "gc";
        }
        if (thread.startsWith("smtp-")) {
            return "smtp";
        }
        if (thread.startsWith("ForkJoinPool")) {
            return "carriers";
        }
        return thread.contains("Poller") ? "pollers" : "other";
    }

    private static long nanos(long ticks) {
        return ticks * 1_000_000_000 / TICKS_PER_SECOND;
    }

    /** A process's or thread's name and its user and system time. */
    private record Ticks(String name, long ticks) {
    }

    /** The processes (or threads) under a /proc directory; those that end meanwhile are left out. */
    private static Stream<Ticks> processes(String directory) {
        try (Stream<Path> entries = Files.list(Path.of(directory))) {
            return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()
                    .stream().flatMap(p -> ticks(p.resolve("stat")).stream());
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static Optional<Ticks> ticks(Path stat) {
        try {
            String text = Files.readString(stat);
            int nameEnd = text.lastIndexOf(')');
            // After the name: state, then ten fields, then utime and stime.
            String[] fields = text.substring(nameEnd + 2).split(" ");
            return Optional.of(new Ticks(text.substring(text.indexOf('(') + 1, nameEnd),
                    Long.parseLong(fields[11]) + Long.parseLong(fields[12])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // it ended meanwhile
        }
    }
}
