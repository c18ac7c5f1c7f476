package org.rempart.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** Implicit TLS as Jakarta Mail asks for it: an unconnected plain socket first, then TLS layered over it. */
class ConnectionSocketsTest {

    @Test
    void implicitTlsIsLayeredOverAWatchedSocketOfTheConnection() throws Exception {
        var greenMail = new GreenMail(ServerSetupTest.SMTPS.dynamicPort());
        greenMail.start();
        try {
            int port = greenMail.getSmtps().getPort();
            var sockets = new ConnectionSockets();
            var factory = sockets.implicitTls(trustingGreenMail().getSocketFactory());

            Socket plain = factory.createSocket();
            assertThat(plain).isInstanceOf(WatchedSocket.class);
            assertThat(plain.getTcpNoDelay()).isTrue();
            plain.connect(new InetSocketAddress("127.0.0.1", port));
            try (var tls = (SSLSocket) factory.createSocket(plain, "127.0.0.1", port, true)) {
                var greeting = new BufferedReader(new InputStreamReader(tls.getInputStream(), StandardCharsets.US_ASCII));
                assertThat(greeting.readLine()).startsWith("220 ");
                assertThat(tls.getSession().getProtocol()).startsWith("TLS");
                assertThat(sockets.cutIfBlocked(Duration.ZERO)).isFalse(); // nothing is being written
            }
            assertThat(plain.isClosed()).isTrue();
            assertThat(sockets.wasCut()).isFalse();
        } finally {
            greenMail.stop();
        }
    }

    /** GreenMail's certificate is self-signed and names no host: trusted here, for this test only. */
    private static SSLContext trustingGreenMail() throws Exception {
        var context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return context;
    }
}
