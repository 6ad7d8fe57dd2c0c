package vn.ansinh.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's HAProxy in front of the cluster's nodes, on loopback: sticky sessions (a cookie {@value #NODE_COOKIE} that
 * names the node a browser's session lives on) and active health checks of each node's {@code /health/ready} every
 * second; a node that fails two checks is taken out, and a request whose cookie names a node that is down is sent
 * to another one ({@code option redispatch}). The configuration it runs is {@link #configuration}.
 */
final class ProxyServer implements AutoCloseable {

    /** Debian's package {@code haproxy} (installed by .ci/run and the README's setup). */
    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    /** The cookie HAProxy adds to pin a browser to its node. */
    static final String NODE_COOKIE = "ANSINH_NODE";

    private final ChildProcess process;

    private ProxyServer(ChildProcess process) {
        this.process = process;
    }

    static ProxyServer start(StackLayout layout, List<PayaraNode> nodes) {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException(
                    "HAProxy is missing (" + HAPROXY + "): install Debian's package haproxy (apt-get install haproxy)");
        }
        Ports.requireFree(layout.appPort(), "the cluster's proxy (set ANSINH_APP_PORT to use another)");
        try {
            Path home = Files.createDirectories(layout.home().resolve("proxy"));
            Path config = Files.writeString(home.resolve("haproxy.cfg"), configuration(layout.appPort(), nodes));
            ChildProcess child = ChildProcess.start(
                    "HAProxy",
                    List.of(HAPROXY.toString(), "-db", "-f", config.toString()),
                    home,
                    Map.of(),
                    layout.logs().resolve("haproxy.log"));
            ProxyServer proxy = new ProxyServer(child);
            // the proxy answers once a node's check has passed
            child.awaitHttp(layout.appUrl() + "/health/ready", Duration.ofMinutes(2), "\"UP\"");
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare HAProxy", e);
        }
    }

    /** The HAProxy configuration: one frontend on the app's port, the nodes as one backend. */
    static String configuration(int port, List<PayaraNode> nodes) {
        String servers = nodes.stream()
                .map(node -> "    server " + node.name() + " " + StackLayout.HOST + ":" + node.httpPort()
                        + " check cookie " + node.name())
                .collect(Collectors.joining("\n"));
        return """
                global
                    maxconn 4000

                defaults
                    mode http
                    log stdout format raw local0 info
                    option httplog
                    option forwardfor
                    # a request whose node is down goes to another one (the user's session is then re-established there)
                    option redispatch
                    retries 2
                    timeout connect 3s
                    timeout client 5m
                    timeout server 5m
                    timeout http-request 30s
                    # a node's health answer may take seconds when it is saturated; it is down when it does not answer
                    # (a dead node refuses the connection at once), not when it answers slowly: with the check's
                    # timeout left at the 1 s interval, fall 2, the proxy took both loaded nodes out and answered 503
                    # past saturation (load run 11, cluster.md)
                    timeout check 5s

                frontend ansinh
                    bind %s:%d
                    default_backend nodes

                backend nodes
                    balance roundrobin
                    # sticky sessions: the node is named in a cookie of the proxy's own
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /health/ready
                    http-check expect status 200
                    default-server inter 1s fall 3 rise 2
                %s
                """.formatted(StackLayout.HOST, port, NODE_COOKIE, servers);
    }

    @Override
    public void close() {
        process.close();
    }
}
