package org.rempart.delivery.email;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A TCP server on a free loopback port that serves each connection on a virtual thread and counts them. */
abstract class LoopbackServer implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final CopyOnWriteArrayList<Socket> sockets = new CopyOnWriteArrayList<>();

    LoopbackServer() throws IOException {
        server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    }

    /** Starts accepting; called by the subclass once it is fully built. */
    final void accept(String name) {
        Thread.ofPlatform().daemon().name(name).start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    socket.setTcpNoDelay(true);
                    accepted.incrementAndGet();
                    track(socket);
                    open.incrementAndGet();
                    Thread.ofVirtual().start(() -> {
                        try {
                            serve(socket);
                        } finally {
                            open.decrementAndGet();
                        }
                    });
                } catch (IOException e) {
                    return; // closed
                }
            }
        });
    }

    /** Holds one conversation; the socket is the subclass's to close. */
    abstract void serve(Socket socket);

    /** A socket to close with the server. */
    final void track(Socket socket) {
        sockets.add(socket);
    }

    public final int port() {
        return server.getLocalPort();
    }

    /** TCP connections accepted so far. */
    public final int connectionsAccepted() {
        return accepted.get();
    }

    /** TCP connections accepted whose conversation is not over yet. */
    public final int connectionsOpen() {
        return open.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
