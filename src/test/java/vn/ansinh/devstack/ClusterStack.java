package vn.ansinh.devstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The app as a cluster on this machine (issue 16): two or more Payara Micro nodes with the same WAR forming one
 * Hazelcast cluster on loopback (TCP discovery, no multicast), each on its own HTTP port, behind HAProxy on the
 * layout's app port ({@link ProxyServer}: sticky sessions, active health checks); one database and one Keycloak
 * shared by all. The run command starts it with {@code ANSINH_CLUSTER=2 ./run.sh}; {@code ClusterFailoverIT} kills a
 * node under a logged-in user.
 */
public final class ClusterStack implements AutoCloseable {

    private final StackLayout layout;
    private final DatabaseServer database;
    private final DatabaseServer replica;
    private final Map<String, PayaraNode> nodes = new LinkedHashMap<>();
    private final Map<String, PayaraServer> running = new LinkedHashMap<>();
    private KeycloakServer keycloak;
    private ProxyServer proxy;

    private ClusterStack(StackLayout layout, DatabaseServer database, DatabaseServer replica, List<PayaraNode> nodes) {
        this.layout = layout;
        this.database = database;
        this.replica = replica;
        nodes.forEach(node -> this.nodes.put(node.name(), node));
    }

    /**
     * The nodes {@code node1 … nodeN}: HTTP ports {@code firstHttpPort + i}, Hazelcast ports
     * {@code firstClusterPort + i}, every node listing all of them as the cluster's members.
     */
    public static List<PayaraNode> nodes(int count, int firstHttpPort, int firstClusterPort) {
        if (count < 2) {
            throw new IllegalArgumentException("A cluster has two nodes or more, not " + count);
        }
        List<Integer> clusterPorts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clusterPorts.add(firstClusterPort + i);
        }
        List<PayaraNode> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(new PayaraNode(
                    "node" + (i + 1), firstHttpPort + i, firstClusterPort + i, "ansinh", List.copyOf(clusterPorts)));
        }
        return nodes;
    }

    /**
     * Starts the nodes on {@code database} side by side (after migrating its schema from here), Keycloak beside them
     * when {@code ownKeycloak} (else the layout's Keycloak must run: the test stack's), then the proxy. A node that
     * fails to start stops everything started.
     */
    public static ClusterStack start(
            StackLayout layout, DatabaseServer database, List<PayaraNode> nodes, boolean ownKeycloak) {
        return start(layout, database, null, nodes, ownKeycloak);
    }

    /** As {@link #start(StackLayout, DatabaseServer, List, boolean)}, every node reading its reports from {@code replica}. */
    public static ClusterStack start(
            StackLayout layout,
            DatabaseServer database,
            DatabaseServer replica,
            List<PayaraNode> nodes,
            boolean ownKeycloak) {
        ClusterStack stack = new ClusterStack(layout, database, replica, nodes);
        try {
            CompletableFuture<KeycloakServer> keycloakStart = ownKeycloak && !layout.externalKeycloak()
                    ? CompletableFuture.supplyAsync(() -> KeycloakServer.start(layout))
                    : CompletableFuture.completedFuture(null);
            // the schema migrated here first (the app's own migrations; a node finds nothing left to do), so that the
            // nodes boot side by side instead of the first one alone: about 15 s less for the cluster test
            GeneratorTarget.migrate(database.jdbcUrl(), database.user(), database.password());
            List<CompletableFuture<Void>> others = new ArrayList<>();
            for (PayaraNode node : nodes) {
                others.add(CompletableFuture.runAsync(() -> {
                    PayaraServer server = PayaraServer.start(layout, database, replica, false, node);
                    synchronized (stack.running) {
                        stack.running.put(node.name(), server);
                    }
                }));
            }
            others.forEach(CompletableFuture::join);
            stack.keycloak = keycloakStart.join();
            stack.proxy = ProxyServer.start(layout, nodes);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Kills the node with SIGKILL (a crash: nothing is stopped cleanly) and returns its process id. */
    public long killNode(String name) {
        PayaraServer server;
        synchronized (running) {
            server = running.remove(name);
        }
        if (server == null) {
            throw new IllegalStateException("Node " + name + " is not running");
        }
        return server.kill();
    }

    /** Starts a node again after {@link #killNode}: it joins the cluster and the proxy takes it back. */
    public void restartNode(String name) {
        PayaraNode node = node(name);
        PayaraServer server = PayaraServer.start(layout, database, replica, true, node);
        synchronized (running) {
            running.put(name, server);
        }
    }

    public PayaraNode node(String name) {
        PayaraNode node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException("No node " + name + " in " + nodes.keySet());
        }
        return node;
    }

    public List<PayaraNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The proxy's address: the one the users, Keycloak's redirects and the app's own links use. */
    public String appUrl() {
        return layout.appUrl();
    }

    public DatabaseServer database() {
        return database;
    }

    /** The end of the node's log (its cluster membership, its errors). */
    public String nodeLogTail(String name) {
        synchronized (running) {
            PayaraServer server = running.get(name);
            return server == null ? "" : server.logTail();
        }
    }

    /** Whether the node's log says it (Hazelcast's member list, say). */
    public boolean nodeLogContains(String name, String text) {
        synchronized (running) {
            PayaraServer server = running.get(name);
            return server != null && server.logContains(text);
        }
    }

    @Override
    public void close() {
        if (proxy != null) {
            proxy.close();
        }
        synchronized (running) {
            running.values().forEach(PayaraServer::close);
            running.clear();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
