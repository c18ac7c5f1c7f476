package org.rempart.delivery.email;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * The sockets of one SMTP connection, made through the factories it gives Jakarta Mail, each a
 * {@link WatchedSocket} (under TLS too, which is layered over it), so that a write stuck on a
 * server that stopped reading can be cut from another thread. Jakarta Mail's own write timeout
 * schedules a task on a thread of its own around every write: waking that thread several times per
 * message cost a tenth of the sending time.
 */
final class ConnectionSockets {

    private volatile WatchedSocket current;

    /** Plain sockets, the first layer of STARTTLS too. */
    SocketFactory plain() {
        return new Plain();
    }

    /** TLS from the first byte: {@code tls} layered over a plain socket of this connection. */
    SSLSocketFactory implicitTls(SSLSocketFactory tls) {
        return new LayeredTls(tls, new Plain());
    }

    /** Closes the socket when a write has been blocked longer than {@code limit}; true if it did. */
    boolean cutIfBlocked(Duration limit) {
        WatchedSocket socket = current;
        return socket != null && socket.cutIfBlockedLongerThan(limit.toNanos(), System.nanoTime());
    }

    /** Whether the last socket was closed by {@link #cutIfBlocked}. */
    boolean wasCut() {
        WatchedSocket socket = current;
        return socket != null && socket.wasCut();
    }

    private WatchedSocket opened(WatchedSocket socket) {
        current = socket;
        return socket;
    }

    /** Jakarta Mail asks for an unconnected socket; the other forms are the factory's contract. */
    private final class Plain extends SocketFactory {

        @Override
        public Socket createSocket() throws IOException {
            return opened(new WatchedSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
        }

        private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
            Socket socket = createSocket();
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(remote);
            return socket;
        }
    }

    /**
     * Jakarta Mail takes an unconnected socket from this factory, connects it, and asks the same
     * factory to layer TLS over it when it is not TLS already.
     */
    private static final class LayeredTls extends SSLSocketFactory {

        private final SSLSocketFactory tls;
        private final SocketFactory plain;

        LayeredTls(SSLSocketFactory tls, SocketFactory plain) {
            this.tls = tls;
            this.plain = plain;
        }

        @Override
        public Socket createSocket() throws IOException {
            return plain.createSocket();
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return tls.createSocket(socket, host, port, autoClose);
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return createSocket(plain.createSocket(host, port), host, port, true);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return createSocket(plain.createSocket(host, port, localHost, localPort), host, port, true);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return createSocket(plain.createSocket(host, port), host.getHostName(), port, true);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return createSocket(plain.createSocket(address, port, localAddress, localPort), address.getHostName(),
                    port, true);
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return tls.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return tls.getSupportedCipherSuites();
        }
    }
}
