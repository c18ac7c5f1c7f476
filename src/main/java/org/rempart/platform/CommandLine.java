package org.rempart.platform;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs the command given on the command line, if any, and keeps its exit code for the process. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CommandLine implements ApplicationRunner {

    public static final String PROPERTY = "rempart.command";

    private final List<Command> commands;
    private final String requested;
    private final PrintStream out;
    private int exitCode;

    CommandLine(List<Command> commands, @Value("${" + PROPERTY + ":}") String requested) {
        this.commands = commands.stream().sorted(Comparator.comparing(Command::name)).toList();
        this.requested = requested.trim();
        this.out = System.out;
    }

    /** Whether the process arguments name a command rather than options for the server. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Whether this process runs a command (so that server-only start-up work is skipped). */
    public boolean active() {
        return !requested.isEmpty();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!active()) {
            return;
        }
        exitCode = execute(requested, out);
    }

    /** Runs one command line and returns its exit code; unknown commands list the known ones. */
    public int execute(String line, PrintStream output) {
        List<String> words = Arrays.asList(line.trim().split("\\s+"));
        for (Command command : commands) {
            List<String> name = Arrays.asList(command.name().split(" "));
            if (words.size() >= name.size() && words.subList(0, name.size()).equals(name)) {
                return command.run(words.subList(name.size(), words.size()), output);
            }
        }
        output.println("Unknown command: " + line);
        output.println("Commands:");
        commands.forEach(c -> output.printf("  %-16s %s%n", c.name(), c.description()));
        return 2;
    }

    public int exitCode() {
        return exitCode;
    }
}
