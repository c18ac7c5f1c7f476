package org.rempart.identity.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.rempart.identity.Role;
import org.rempart.platform.CommandLine;
import org.rempart.platform.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a first start (no operator at all) creates {@code admin} with a random password, printed
 * once to the console (never to the log) and written to {@code <data dir>/initial-admin-password}
 * (0600). With {@code REMPART_BOOTSTRAP_TOKEN}, also an ADMIN API token with that value.
 */
@Component
class InitialAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final OperatorRepository repository;
    private final Operators operators;
    private final ApiTokens tokens;
    private final DataDirectory dataDirectory;
    private final String bootstrapToken;
    private final CommandLine commandLine;

    InitialAdmin(OperatorRepository repository, Operators operators, ApiTokens tokens, DataDirectory dataDirectory,
            @Value("${rempart.bootstrap-token:}") String bootstrapToken, CommandLine commandLine) {
        this.commandLine = commandLine;
        this.repository = repository;
        this.operators = operators;
        this.tokens = tokens;
        this.dataDirectory = dataDirectory;
        this.bootstrapToken = bootstrapToken;
        if (!bootstrapToken.isEmpty() && bootstrapToken.length() < ApiTokens.MIN_BOOTSTRAP_LENGTH) {
            throw new IllegalStateException("REMPART_BOOTSTRAP_TOKEN must be at least "
                    + ApiTokens.MIN_BOOTSTRAP_LENGTH + " characters long");
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (commandLine.active() || repository.count() > 0) {
            return;
        }
        var admin = operators.create(USERNAME, "admin@localhost.localdomain", Set.of(Role.ADMIN));
        Path file = dataDirectory.writeNewPrivateFile(PASSWORD_FILE, admin.initialPassword() + System.lineSeparator());
        if (!bootstrapToken.isEmpty()) {
            tokens.createBootstrap(admin.id(), bootstrapToken);
            log.info("ADMIN API token created from REMPART_BOOTSTRAP_TOKEN for the first start");
        }
        // Straight to the console, not through the logger: log files must never hold it.
        System.out.printf("%n  Rempart first start: operator '%s' created.%n"
                + "  Initial password: %s%n"
                + "  (also in %s, readable by this user only; it must be changed at first sign-in,%n"
                + "  which deletes that file, and a second factor must be enrolled)%n%n",
                USERNAME, admin.initialPassword(), file);
        System.out.flush();
    }

    /** Once the admin chose a password, the initial one is of no use and is removed. */
    @EventListener
    void forgetInitialPassword(PasswordChanged changed) {
        if (!USERNAME.equals(changed.username())) {
            return;
        }
        try {
            Files.deleteIfExists(dataDirectory.resolve(PASSWORD_FILE));
        } catch (java.io.IOException e) {
            log.warn("Could not delete {}: delete it by hand", PASSWORD_FILE);
        }
    }
}
