package org.rempart.delivery.email;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real TCP proxy in front of an SMTP server that injects the failures a relay shows in
 * production: {@code 421} at the greeting of the next connections, a connection dropped in the
 * middle of DATA, a server that stops reading in the middle of DATA, a connection lost after the
 * server accepted a message but before its reply reached the client, and {@code 550 5.1.1}
 * (permanent) or {@code 450 4.2.1} (temporary) to RCPT TO for chosen recipients (quoting the
 * address, as real servers do). It speaks plain SMTP only (no STARTTLS) and counts the
 * connections it accepted, which shows whether a client reuses them.
 */
public final class SmtpFaultProxy extends LoopbackServer {

    private final String upstreamHost;
    private final int upstreamPort;
    private final AtomicInteger greetingsToRefuse = new AtomicInteger();
    private final AtomicInteger dataToDrop = new AtomicInteger();
    private final AtomicInteger dataToStall = new AtomicInteger();
    private final AtomicInteger repliesToLose = new AtomicInteger();
    /** The reply to RCPT TO for each refused address (lower case), a format taking the address as written. */
    private final Map<String, String> refusedRecipients = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refusalsSent = new ConcurrentHashMap<>();

    public SmtpFaultProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        accept("smtp-fault-proxy");
    }

    /** The next {@code count} connections get {@code 421} as greeting and are closed. */
    public void refuseGreetings(int count) {
        greetingsToRefuse.set(count);
    }

    /** The next {@code count} messages lose their connection after the first line of DATA. */
    public void dropInData(int count) {
        dataToDrop.set(count);
    }

    /**
     * The next {@code count} messages find the server no longer reading after the first line of
     * DATA (its receive buffer made small), until the proxy is closed.
     */
    public void stallInData(int count) {
        dataToStall.set(count);
    }

    /**
     * The next {@code count} messages are accepted by the server, but the connection is lost before
     * its reply reaches the client: the client cannot know that they went.
     */
    public void loseReplyToData(int count) {
        repliesToLose.set(count);
    }

    /** RCPT TO for this address gets {@code 550 5.1.1}, as for an unknown mailbox. */
    public void refuseRecipient(String address) {
        refusedRecipients.put(address.toLowerCase(Locale.ROOT),
                "550 5.1.1 <%s>: Recipient address rejected: User unknown\r\n");
    }

    /** RCPT TO for this address gets {@code 450 4.2.1}, as for a mailbox busy for now, every time it is tried. */
    public void deferRecipient(String address) {
        refusedRecipients.put(address.toLowerCase(Locale.ROOT),
                "450 4.2.1 <%s>: Recipient address temporarily rejected: Mailbox busy\r\n");
    }

    /** How many times RCPT TO for this address was refused. */
    public int refusals(String address) {
        AtomicInteger sent = refusalsSent.get(address.toLowerCase(Locale.ROOT));
        return sent == null ? 0 : sent.get();
    }

    @Override
    void serve(Socket client) {
        try (client) {
            OutputStream toClient = client.getOutputStream();
            if (greetingsToRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                write(toClient, "421 4.3.2 Service not available, closing transmission channel\r\n");
                return;
            }
            if (dataToStall.get() > 0) {
                client.setReceiveBufferSize(16 * 1024);
            }
            try (Socket upstream = new Socket(upstreamHost, upstreamPort)) {
                track(upstream);
                var replyLost = new AtomicBoolean();
                Thread.ofVirtual().start(() -> pipe(upstream, client, toClient, replyLost));
                relayCommands(client, upstream, toClient, replyLost);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // one side closed: the conversation is over
        }
    }

    /** Relays the client's commands; sets {@code replyLost} before a final dot whose reply is to be lost. */
    private void relayCommands(Socket client, Socket upstream, OutputStream toClient, AtomicBoolean replyLost)
            throws IOException, InterruptedException {
        var lines = new SmtpLines(new BufferedInputStream(client.getInputStream()));
        OutputStream toServer = upstream.getOutputStream();
        boolean inData = false;
        byte[] line;
        while ((line = lines.next()) != null) {
            String text = SmtpLines.text(line);
            String refusal;
            if (inData) {
                if (dataToStall.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    awaitClosed(client);
                    return;
                }
                if (dataToDrop.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    upstream.close();
                    return; // the client's socket closes as serve() returns
                }
                inData = !text.equals(".");
                if (!inData && repliesToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    replyLost.set(true);
                }
            } else if (text.regionMatches(true, 0, "RCPT TO:", 0, 8) && (refusal = refusalOf(text)) != null) {
                write(toClient, refusal);
                continue;
            } else if (text.equalsIgnoreCase("DATA")) {
                inData = true;
            }
            toServer.write(line);
            toServer.flush();
        }
    }

    /** Reads nothing more, so that the client's writes fill the window and block, until the proxy closes. */
    private static void awaitClosed(Socket client) throws InterruptedException {
        while (!client.isClosed()) {
            Thread.sleep(50);
        }
    }

    /** The reply refusing this RCPT TO's recipient, counted, or null when it goes through. */
    private String refusalOf(String rcpt) {
        int open = rcpt.indexOf('<');
        int close = rcpt.lastIndexOf('>');
        if (open < 0 || close <= open) {
            return null;
        }
        String address = rcpt.substring(open + 1, close);
        String key = address.toLowerCase(Locale.ROOT);
        String reply = refusedRecipients.get(key);
        if (reply == null) {
            return null;
        }
        refusalsSent.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        return reply.formatted(address);
    }

    /** The server's replies to the client, until one is to be lost: then the client's connection closes. */
    private static void pipe(Socket upstream, Socket client, OutputStream toClient, AtomicBoolean replyLost) {
        try {
            InputStream in = upstream.getInputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (replyLost.get()) {
                    client.close();
                    return;
                }
                synchronized (toClient) {
                    toClient.write(buffer, 0, n);
                    toClient.flush();
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    private static void write(OutputStream out, String reply) throws IOException {
        synchronized (out) {
            out.write(reply.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }
}
