package vn.ansinh.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The probe before a login, against real sockets on this machine: a realm that answers, fails, is busy or is gone. */
class ProviderProbeTest {

    private final ProviderProbe probe = new ProviderProbe(Duration.ofSeconds(2), Duration.ofMillis(500));

    @Test
    void aRealmThatAnswersIsThere() throws Exception {
        HttpServer server = realm(200);
        try {
            assertEquals(
                    ProviderProbe.Finding.ANSWERS,
                    probe.probe(uri(server.getAddress().getPort())));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRealmAnsweringWithAServerErrorIsAway() throws Exception {
        HttpServer server = realm(503);
        try {
            ProviderProbe.Finding found = probe.probe(uri(server.getAddress().getPort()));
            assertEquals(ProviderProbe.Finding.AWAY, found);
            assertFalse(found.sendOn());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aProviderThatTookTheConnectionButIsSlowToAnswerIsBusyAndTheLoginGoesOn() throws Exception {
        List<Socket> taken = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        taken.add(silent.accept()); // reads nothing, answers nothing
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            ProviderProbe.Finding found = probe.probe(uri(silent.getLocalPort()));

            assertEquals(ProviderProbe.Finding.BUSY, found);
            assertTrue(found.sendOn());
        } finally {
            for (Socket s : taken) {
                s.close();
            }
        }
    }

    @Test
    void aStoppedProviderIsAway() throws Exception {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        assertEquals(ProviderProbe.Finding.AWAY, probe.probe(uri(port)));
    }

    private static HttpServer realm(int status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/realms/ansinh", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static URI uri(int port) {
        return URI.create("http://127.0.0.1:" + port + "/realms/ansinh");
    }
}
