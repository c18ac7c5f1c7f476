package org.rempart.delivery.sms;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.EnquireLink;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.jsmpp.util.MessageId;

/**
 * An SMSC in the test's (or the benchmark's) own process: a jSMPP server on a free local port
 * that binds transceivers presenting one system id and password, answers submit_sm with message
 * ids, records what it receives, misbehaves on demand (refuses with a status, answers slowly,
 * drops a connection in the middle of a run) and delivers receipts and replies.
 */
public final class InProcessSmsc implements AutoCloseable {

    /** A bind request as the SMSC received it. */
    public record Bind(BindType type, String systemId, String password, String systemType) {
    }

    /** A submit_sm as the SMSC received it, on which session, and the status it answered (0: taken). */
    public record Received(int session, SubmitSm pdu, int status, String messageId) {

        public String text() {
            return new String(pdu.getShortMessage(), StandardCharsets.ISO_8859_1);
        }
    }

    private final String systemId;
    private final String password;
    private final boolean recording;
    private final SMPPServerSessionListener listener;
    private final int port;
    private final ExecutorService threads = Executors.newCachedThreadPool(Thread.ofPlatform().daemon(true).factory());
    private final List<Bind> binds = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> refusedDestinations = new ConcurrentHashMap<>();
    private final AtomicLong submits = new AtomicLong();
    private final AtomicLong messageIds = new AtomicLong(0x1000);
    private final AtomicInteger enquireLinks = new AtomicInteger();
    private final AtomicInteger processing = new AtomicInteger();
    private final AtomicInteger maxProcessing = new AtomicInteger();
    private final AtomicInteger refuseNext = new AtomicInteger();
    private volatile int refusalStatus;
    private volatile long dropAt = -1;
    private volatile Duration answerDelay = Duration.ZERO;
    private volatile boolean closed;

    private InProcessSmsc(String systemId, String password, boolean recording) throws IOException {
        this.systemId = systemId;
        this.password = password;
        this.recording = recording;
        ServerSocket socket = new ServerSocket(0);
        this.port = socket.getLocalPort();
        this.listener = new SMPPServerSessionListener(port, new OnSocket(socket));
        listener.setPduProcessorDegree(32);
        listener.setQueueCapacity(1000);
        listener.setMessageReceiverListener(new Receiver());
        threads.execute(this::acceptBinds);
    }

    /** An SMSC that records every submit_sm. */
    public static InProcessSmsc start(String systemId, String password) throws IOException {
        return new InProcessSmsc(systemId, password, true);
    }

    /** An SMSC that only counts, for long runs. */
    public static InProcessSmsc counting(String systemId, String password) throws IOException {
        return new InProcessSmsc(systemId, password, false);
    }

    public int port() {
        return port;
    }

    public String systemId() {
        return systemId;
    }

    public String password() {
        return password;
    }

    public List<Bind> binds() {
        return List.copyOf(binds);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> taken() {
        return received.stream().filter(r -> r.status() == 0).toList();
    }

    public long submits() {
        return submits.get();
    }

    public int enquireLinks() {
        return enquireLinks.get();
    }

    /** The most submit_sm it was ever working on at once. */
    public int maxOutstanding() {
        return maxProcessing.get();
    }

    /** Answers the next {@code count} submit_sm with {@code status}. */
    public void refuseNext(int count, int status) {
        this.refusalStatus = status;
        refuseNext.set(count);
    }

    /** Answers every submit_sm to this destination (E.164 without +) with {@code status}. */
    public void refuseDestination(String destination, int status) {
        refusedDestinations.put(destination, status);
    }

    /** Takes each submit_sm only after this delay. */
    public void answerAfter(Duration delay) {
        this.answerDelay = delay;
    }

    /**
     * Closes the connection on which the {@code nth} submit_sm (counting from 1) arrives, having
     * taken that one without answering it, as when a link breaks.
     */
    public void dropConnectionAt(long nth) {
        this.dropAt = nth;
    }

    /** Sends a delivery receipt for this message id on the latest session; the status of the answer. */
    public int deliverReceipt(String messageId, String state, String error) throws IOException {
        String text = "id:" + messageId + " sub:001 dlvrd:" + ("DELIVRD".equals(state) ? "001" : "000")
                + " submit date:2606131958 done date:2606132001 stat:" + state + " err:" + error + " text:";
        return deliver("36123", TypeOfNumber.UNKNOWN, (byte) 0x04, (byte) 0, text.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Sends a deliver_sm from {@code source} on the latest session: a reply (esm_class 0) or a
     * receipt (0x04). The status of the ESME's answer: 0 when it took it.
     */
    public int deliver(String source, TypeOfNumber sourceTon, byte esmClass, byte dataCoding, byte[] shortMessage,
            OptionalParameter... tlvs) throws IOException {
        SMPPServerSession session = sessions.getLast();
        try {
            session.deliverShortMessage("", sourceTon, NumberingPlanIndicator.ISDN, source, TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, "36123", new ESMClass(esmClass), (byte) 0, (byte) 0,
                    new RegisteredDelivery(0), new RawDataCoding(dataCoding), shortMessage, tlvs);
            return 0;
        } catch (NegativeResponseException e) {
            return e.getCommandStatus();
        } catch (PDUException | ResponseTimeoutException | InvalidResponseException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        sessions.forEach(SMPPServerSession::unbindAndClose);
        threads.shutdownNow();
    }

    private void acceptBinds() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                threads.execute(() -> bind(session));
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5000);
            binds.add(new Bind(request.getBindType(), request.getSystemId(), request.getPassword(),
                    request.getSystemType()));
            if (!systemId.equals(request.getSystemId())) {
                request.reject(SMPPConstant.STAT_ESME_RINVSYSID);
            } else if (!password.equals(request.getPassword())) {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            } else {
                sessions.add(session);
                request.accept("rempart-test");
            }
        } catch (TimeoutException | IOException | PDUException e) {
            session.close();
        }
    }

    private SubmitSmResult submit(SubmitSm pdu, SMPPServerSession source) throws ProcessRequestException {
        long nth = submits.incrementAndGet();
        int now = processing.incrementAndGet();
        maxProcessing.accumulateAndGet(now, Math::max);
        try {
            if (!answerDelay.isZero()) {
                Thread.sleep(answerDelay);
            }
            int status = status(pdu);
            String messageId = status == 0 ? Long.toHexString(messageIds.incrementAndGet()) : null;
            if (recording) {
                received.add(new Received(sessions.indexOf(source), pdu, status, messageId));
            }
            if (nth == dropAt) {
                source.close();
            }
            if (status != 0) {
                throw new ProcessRequestException("refused", status);
            }
            return new SubmitSmResult(new MessageId(messageId), new OptionalParameter[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessRequestException("stopping", SMPPConstant.STAT_ESME_RSYSERR);
        } catch (PDUStringException e) {
            throw new IllegalStateException(e);
        } finally {
            processing.decrementAndGet();
        }
    }

    private int status(SubmitSm pdu) {
        Integer refused = refusedDestinations.get(pdu.getDestAddress());
        if (refused != null) {
            return refused;
        }
        return refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? refusalStatus : 0;
    }

    /**
     * Listens on a socket opened beforehand, so that the port is known and free; answers without
     * Nagle's delay, as an SMSC tuned for throughput does.
     */
    private record OnSocket(ServerSocket socket) implements ServerConnectionFactory {

        @Override
        public ServerConnection listen(int port) {
            return new ServerSocketConnection(socket) {

                @Override
                public Connection accept() throws IOException {
                    Socket accepted = socket.accept();
                    accepted.setTcpNoDelay(true);
                    return new SocketConnection(accepted);
                }
            };
        }

        @Override
        public ServerConnection listen(int port, int timeout) {
            return listen(port);
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) {
            return listen(port);
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            return submit(submitSm, source);
        }

        @Override
        public void onAcceptEnquireLink(EnquireLink enquireLink, Session source) {
            enquireLinks.incrementAndGet();
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported();
        }

        private ProcessRequestException unsupported() {
            return new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
