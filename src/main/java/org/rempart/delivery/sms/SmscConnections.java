package org.rempart.delivery.sms;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * TCP connections to the SMSC, opened within a timeout (an unreachable host would otherwise hold
 * a reconnection for minutes) and without Nagle's algorithm: with several requests outstanding,
 * each PDU must leave at once rather than wait for the acknowledgement of the one before.
 */
record SmscConnections(Duration connectTimeout) implements ConnectionFactory {

    @Override
    public Connection createConnection(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(connectTimeout.toMillis()));
            return new SocketConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
