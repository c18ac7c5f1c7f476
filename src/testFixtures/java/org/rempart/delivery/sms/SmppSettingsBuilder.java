package org.rempart.delivery.sms;

import java.time.Duration;

/** Settings for binding to an {@link InProcessSmsc}, with timings short enough for tests. */
final class SmppSettingsBuilder {

    private final InProcessSmsc smsc;
    private String password;
    private String systemType = "";
    private int window = 10;
    private double rate = 10_000;
    private int binds = 1;
    private Concatenation concatenation = Concatenation.UDH;
    private Duration enquireLink = Duration.ofSeconds(30);
    private Duration responseTimeout = Duration.ofSeconds(2);
    private Duration bindWait = Duration.ofSeconds(5);
    private int attempts = 8;

    private SmppSettingsBuilder(InProcessSmsc smsc) {
        this.smsc = smsc;
        this.password = smsc.password();
    }

    static SmppSettingsBuilder forSmsc(InProcessSmsc smsc) {
        return new SmppSettingsBuilder(smsc);
    }

    SmppSettingsBuilder password(String password) {
        this.password = password;
        return this;
    }

    SmppSettingsBuilder systemType(String systemType) {
        this.systemType = systemType;
        return this;
    }

    SmppSettingsBuilder window(int window) {
        this.window = window;
        return this;
    }

    SmppSettingsBuilder rate(double rate) {
        this.rate = rate;
        return this;
    }

    SmppSettingsBuilder binds(int binds) {
        this.binds = binds;
        return this;
    }

    SmppSettingsBuilder concatenation(Concatenation concatenation) {
        this.concatenation = concatenation;
        return this;
    }

    SmppSettingsBuilder enquireLink(Duration enquireLink) {
        this.enquireLink = enquireLink;
        return this;
    }

    SmppSettingsBuilder responseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
        return this;
    }

    SmppSettingsBuilder bindWait(Duration bindWait) {
        this.bindWait = bindWait;
        return this;
    }

    SmppSettingsBuilder attempts(int attempts) {
        this.attempts = attempts;
        return this;
    }

    SmppSettings build() {
        return new SmppSettings("127.0.0.1", smsc.port(), smsc.systemId(), password, systemType, window, rate, binds,
                concatenation, enquireLink, responseTimeout, Duration.ofMillis(50), Duration.ofMillis(500), bindWait,
                Duration.ofMillis(10), Duration.ofMillis(100), attempts);
    }
}
