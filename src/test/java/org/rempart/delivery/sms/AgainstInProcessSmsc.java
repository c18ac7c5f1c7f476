package org.rempart.delivery.sms;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.rempart.delivery.SmsSender;
import org.rempart.delivery.SmsText;
import org.rempart.delivery.OutgoingSms;
import org.rempart.delivery.SubmitResult;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/** Tests of the SMPP gateway against a real SMPP peer: an SMSC in the test's process. */
abstract class AgainstInProcessSmsc {

    static final String RECIPIENT = "+33612345678";

    InProcessSmsc smsc;
    final List<Object> events = new CopyOnWriteArrayList<>();
    private final List<SmppGateway> gateways = new ArrayList<>();

    @BeforeEach
    void startSmsc() throws IOException {
        smsc = InProcessSmsc.start("rempart", "s3cr3t");
    }

    @AfterEach
    void stop() throws IOException {
        gateways.forEach(SmppGateway::close);
        smsc.close();
    }

    SmppSettingsBuilder settings() {
        return SmppSettingsBuilder.forSmsc(smsc);
    }

    SmppGateway gateway(SmppSettingsBuilder settings) {
        return gateway(settings, events::add);
    }

    SmppGateway gateway(SmppSettingsBuilder settings, ApplicationEventPublisher publisher) {
        SmppGateway gateway = new SmppGateway(settings.build(), publisher, Clock.systemUTC());
        gateways.add(gateway);
        gateway.start();
        return gateway;
    }

    static OutgoingSms sms(String text) {
        return sms(RECIPIENT, text);
    }

    static OutgoingSms sms(String destination, String text) {
        return new OutgoingSms(new SmsSender("Rempart"), destination, new SmsText(text));
    }

    /** Submits them all, as a dispatcher does with a claimed batch, then waits for every result. */
    static List<SubmitResult> submitAll(SmppGateway gateway, List<OutgoingSms> messages) throws InterruptedException {
        List<CompletableFuture<SubmitResult>> results = new ArrayList<>();
        for (OutgoingSms message : messages) {
            results.add(gateway.submit(message));
        }
        return results.stream().map(CompletableFuture::join).toList();
    }

    static SubmitResult submit(SmppGateway gateway, OutgoingSms message) throws InterruptedException {
        return gateway.submit(message).join();
    }

    /**
     * Everything Rempart logs at every level, for tests that look for personal data in logs; jSMPP
     * stays at INFO, as application.properties keeps it (its DEBUG dumps whole PDUs).
     */
    static AutoCloseable debugLogging() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger jsmpp = (Logger) LoggerFactory.getLogger("org.jsmpp");
        Level rootLevel = root.getLevel();
        Level jsmppLevel = jsmpp.getLevel();
        root.setLevel(Level.DEBUG);
        jsmpp.setLevel(Level.INFO);
        return () -> {
            root.setLevel(rootLevel);
            jsmpp.setLevel(jsmppLevel);
        };
    }

    /** The number's digits as they appear in a log line, and as hexadecimal in a dump. */
    static List<String> tracesOf(String digits) {
        return List.of(digits, HexFormat.of().formatHex(digits.getBytes(StandardCharsets.US_ASCII)));
    }
}
