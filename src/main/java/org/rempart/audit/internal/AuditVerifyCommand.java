package org.rempart.audit.internal;

import java.io.PrintStream;
import java.util.List;
import org.rempart.audit.Actor;
import org.rempart.audit.AuditVerification;
import org.rempart.platform.Command;
import org.springframework.stereotype.Component;

/** {@code audit verify}: verifies the log from the command line; exit code 0 when intact, 1 when not. */
@Component
class AuditVerifyCommand implements Command {

    private final ChainVerification chain;

    AuditVerifyCommand(ChainVerification chain) {
        this.chain = chain;
    }

    @Override
    public String name() {
        return "audit verify";
    }

    @Override
    public String description() {
        return "verify the audit log against its hash chain and signed checkpoints";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (!arguments.isEmpty()) {
            out.println("audit verify takes no arguments");
            return 2;
        }
        AuditVerification result = chain.verify(new Actor.SystemJob("command-line"));
        if (result.valid()) {
            out.printf("Audit log intact: %d entries, %d signed checkpoints.%n", result.entries(), result.checkpoints());
            return 0;
        }
        out.printf("Audit log NOT intact: %d entries, first invalid entry %s: %s.%n", result.entries(),
                result.firstInvalidSeq() == null ? "none (the checkpoint file is at fault)" : result.firstInvalidSeq(),
                result.problem());
        return 1;
    }
}
