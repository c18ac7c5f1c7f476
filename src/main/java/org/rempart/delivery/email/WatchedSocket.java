package org.rempart.delivery.email;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;

/**
 * A plain socket with Nagle's algorithm off whose writes note when they started, so that another
 * thread can tell a write blocked by a server that stopped reading, and close the socket.
 * SMTP is a conversation of small writes that each wait for an answer (the end of DATA is a
 * five-byte segment after the message): with Nagle on, it waits for the server's delayed
 * acknowledgement, up to 40 ms per message on a reused connection.
 */
final class WatchedSocket extends Socket {

    private volatile boolean writing;
    private volatile long writeStarted;
    private volatile boolean cut;

    WatchedSocket() throws SocketException {
        setTcpNoDelay(true);
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return new FilterOutputStream(super.getOutputStream()) {

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                writeStarted = System.nanoTime();
                writing = true;
                try {
                    out.write(bytes, offset, length);
                } finally {
                    writing = false;
                }
            }
        };
    }

    /**
     * Closes the socket when a write has been waiting for more than {@code limitNanos} at {@code
     * now} ({@link System#nanoTime}); true if it did.
     */
    boolean cutIfBlockedLongerThan(long limitNanos, long now) {
        if (!writing || now - writeStarted <= limitNanos) {
            return false;
        }
        cut = true;
        try {
            close();
        } catch (IOException e) {
            // Closing is all that was wanted.
        }
        return true;
    }

    /** Whether this socket was closed because a write was blocked. */
    boolean wasCut() {
        return cut;
    }
}
