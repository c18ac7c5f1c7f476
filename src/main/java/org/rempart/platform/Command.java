package org.rempart.platform;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line action of Rempart ({@code java -jar rempart.jar audit verify}), contributed as a
 * bean by the module it belongs to. It runs against the same data directory and database as the
 * server, without starting the web server.
 */
public interface Command {

    /** The words that name it, such as {@code audit verify}. */
    String name();

    /** One line for the list of commands. */
    String description();

    /** Runs it and returns the process exit code (0 for success). */
    int run(List<String> arguments, PrintStream out);
}
