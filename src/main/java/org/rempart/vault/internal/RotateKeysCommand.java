package org.rempart.vault.internal;

import java.io.PrintStream;
import java.util.List;
import org.rempart.platform.Command;
import org.springframework.stereotype.Component;

/** {@code keys rotate}: a new key-encryption key, and every data key re-wrapped under it before exiting. */
@Component
class RotateKeysCommand implements Command {

    private final KeyRotation rotation;

    RotateKeysCommand(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public String name() {
        return "keys rotate";
    }

    @Override
    public String description() {
        return "new key-encryption key; re-wraps every contact's data key under it";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        KeyRotation.Status status = rotation.runToCompletion();
        out.printf("Key rotation %s: primary key %d, %d of %d data keys re-wrapped%n",
                status.state(), status.primaryKeyId(), status.done(), status.total());
        return "DONE".equals(status.state()) ? 0 : 1;
    }
}
