package org.rempart.delivery.sms;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** An in-process SMSC for a whole Rempart test context: started before the context, named in its settings. */
public final class TestSmsc {

    private TestSmsc() {
    }

    /** An SMSC that accepts the system id {@code rempart} with {@code password}. */
    public static InProcessSmsc start(String password) {
        try {
            return InProcessSmsc.start("rempart", password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points Rempart's SMPP settings at the SMSC, binding as {@code rempart} with {@code password}. */
    public static void register(DynamicPropertyRegistry registry, InProcessSmsc smsc, String password) {
        registry.add("rempart.smpp.host", () -> "127.0.0.1");
        registry.add("rempart.smpp.port", smsc::port);
        registry.add("rempart.smpp.system-id", () -> "rempart");
        registry.add("rempart.smpp.password", () -> password);
    }
}
