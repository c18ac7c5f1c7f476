package org.rempart;

import java.util.Map;
import org.rempart.platform.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class RempartApplication {

    /** Without arguments, the server; with a command ({@code audit verify}...), that command. */
    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            var application = new SpringApplication(RempartApplication.class);
            // The modules' web beans need a web application context; port -1 starts no server.
            application.setDefaultProperties(Map.of(CommandLine.PROPERTY, String.join(" ", args),
                    "logging.level.root", "warn", "server.port", "-1"));
            var context = application.run();
            System.exit(SpringApplication.exit(context, () -> context.getBean(CommandLine.class).exitCode()));
        }
        SpringApplication.run(RempartApplication.class, args);
    }
}
