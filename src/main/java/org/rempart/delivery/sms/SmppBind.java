package org.rempart.delivery.sms;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.SessionStateListener;
import org.rempart.delivery.LinkFailure;
import org.rempart.delivery.SmppStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transceiver bind to the SMSC, kept open while Rempart runs: receipts and replies can come at
 * any time. jSMPP sends enquire_link after each idle period; a lost or refused bind is tried again
 * after an exponential backoff, for as long as it takes.
 */
final class SmppBind implements SessionStateListener {

    private static final Logger log = LoggerFactory.getLogger(SmppBind.class);

    private final int number;
    private final SmppSettings settings;
    private final MessageReceiverListener inbound;
    private final ScheduledExecutorService scheduler;
    private final Runnable onChange;
    private final Backoff reconnect;
    private final SmscConnections connections;
    private final AtomicReference<SMPPSession> session = new AtomicReference<>();
    private volatile LinkFailure failure = new LinkFailure.Unreachable("not bound to the SMSC yet");
    private volatile boolean closed;
    /** Failed attempts in a row; touched on the scheduler's thread only. */
    private int failures;

    SmppBind(int number, SmppSettings settings, MessageReceiverListener inbound, ScheduledExecutorService scheduler,
            Runnable onChange) {
        this.number = number;
        this.settings = settings;
        this.inbound = inbound;
        this.scheduler = scheduler;
        this.onChange = onChange;
        this.reconnect = new Backoff(settings.reconnectMin(), settings.reconnectMax());
        this.connections = new SmscConnections(settings.responseTimeout());
    }

    void open() {
        scheduler.execute(this::connect);
    }

    /** The bound session, or null while there is none. */
    SMPPSession session() {
        return session.get();
    }

    /** Why there is no bound session. */
    LinkFailure failure() {
        return failure;
    }

    private void connect() {
        if (closed) {
            return;
        }
        SMPPSession candidate = new SMPPSession(connections);
        candidate.setEnquireLinkTimer((int) settings.enquireLink().toMillis());
        candidate.setTransactionTimer(settings.responseTimeout().toMillis());
        candidate.setMessageReceiverListener(inbound);
        candidate.addSessionStateListener(this);
        try {
            candidate.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TRX,
                    settings.systemId(), settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, null), settings.responseTimeout().toMillis());
        } catch (IOException e) {
            failure = describe(e);
            failures++;
            Duration delay = reconnect.after(failures);
            log.warn("SMPP bind {} to {}:{} failed: {}; next attempt in {}", number, settings.host(), settings.port(),
                    failure.description(), delay);
            onChange.run();
            if (!closed) {
                scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
            return;
        }
        failures = 0;
        if (closed) {
            candidate.unbindAndClose();
            return;
        }
        session.set(candidate);
        log.info("SMPP bind {} to {}:{} is open", number, settings.host(), settings.port());
        onChange.run();
        if (!candidate.getSessionState().isBound()) {
            lost(candidate);
        }
    }

    @Override
    public void onStateChange(SessionState newState, SessionState oldState, Session source) {
        if (newState == SessionState.CLOSED && source instanceof SMPPSession closedSession) {
            lost(closedSession);
        }
    }

    /**
     * The session closed under us: reconnect after the shortest backoff (an SMSC that drops each
     * bind at once is not hammered), backing off further only if binding fails.
     */
    private void lost(SMPPSession lostSession) {
        if (!session.compareAndSet(lostSession, null)) {
            return;
        }
        failure = new LinkFailure.Unreachable("the connection to the SMSC was lost");
        onChange.run();
        if (!closed) {
            log.warn("SMPP bind {} to {}:{} was lost; reconnecting", number, settings.host(), settings.port());
            scheduler.schedule(this::connect, settings.reconnectMin().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void close() {
        closed = true;
        SMPPSession open = session.getAndSet(null);
        if (open != null) {
            open.unbindAndClose();
        }
    }

    private static LinkFailure describe(IOException e) {
        if (e.getCause() instanceof NegativeResponseException refusal) {
            return new LinkFailure.BindRefused(new SmppStatus(refusal.getCommandStatus()));
        }
        return new LinkFailure.Unreachable("cannot bind to the SMSC: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
}
