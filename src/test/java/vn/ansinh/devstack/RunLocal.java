package vn.ansinh.devstack;

import java.util.concurrent.CountDownLatch;

/**
 * The run command ({@code ./run.sh}): starts the database, Keycloak with the realm and Payara Micro
 * with the app, prints where to go, and stops everything on Ctrl-C.
 */
public final class RunLocal {

    private RunLocal() {}

    public static void main(String[] args) throws InterruptedException {
        StackLayout layout = StackLayout.forRun();
        CountDownLatch stopped = new CountDownLatch(1);
        say("AnSinh: starting (logs in " + layout.logs() + ")");
        int nodes = clusterNodes();
        // the cluster trial's embedded database keeps a binary log for its read replica
        LocalStack stack = LocalStack.withDatabaseOnly(layout, nodes > 1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            say("AnSinh: stopping...");
                            stack.close();
                            say("AnSinh: stopped.");
                            stopped.countDown();
                        },
                        "ansinh-stop"));
        say("  database : " + stack.database().describe());
        if (!"false".equals(System.getenv("ANSINH_DEMO_DATA"))) {
            try {
                long started = System.nanoTime();
                DemoData.ensure(stack.database(), System.out);
                DemoCases.Outcome made =
                        DemoCases.ensure(stack.database(), layout.home().resolve("documents"), System.out);
                if (made != null) {
                    DemoSummary.print(stack.database(), System.out, (System.nanoTime() - started) / 1e9);
                }
            } catch (RuntimeException e) {
                // stop loudly: the embedded database's thread would otherwise keep the command waiting silently
                System.err.println("AnSinh: the demo data could not be created: " + e);
                e.printStackTrace();
                System.err.println("AnSinh: remove " + layout.home() + " to start again from an empty database.");
                System.exit(1);
            }
        }
        if (layout.externalKeycloak()) {
            say("  Keycloak : the existing one at " + layout.issuer() + " (ANSINH_OIDC_PROVIDER_URI)");
        } else {
            say("  Keycloak : starting on " + layout.keycloakUrl() + " (the first start takes about a minute)");
        }
        if ("true".equals(System.getenv("ANSINH_STANDINS"))) {
            startStandIns();
        }
        if (nodes > 1) {
            runCluster(layout, stack, nodes, stopped);
            return;
        }
        say("  Payara Micro with the app: starting on " + layout.appUrl());
        stack.withApp();
        say("");
        say("AnSinh is running at " + layout.appUrl() + "/");
        if (!layout.externalKeycloak()) {
            say("  Keycloak admin console: " + layout.keycloakUrl() + "/admin  (" + KeycloakServer.ADMIN_USER + " / "
                    + KeycloakServer.ADMIN_PASSWORD + ", local only)");
        }
        sayDemoLogins();
        say("Press Ctrl-C to stop everything.");
        stopped.await();
    }

    /** {@code ANSINH_CLUSTER=N} (2 or more) runs the app as a cluster of N nodes behind HAProxy; unset: one server. */
    private static int clusterNodes() {
        String value = System.getenv("ANSINH_CLUSTER");
        if (value == null || value.isBlank()) {
            return 1;
        }
        int nodes = Integer.parseInt(value.strip());
        if (nodes < 1 || nodes > 8) {
            throw new IllegalArgumentException("ANSINH_CLUSTER must be a number of nodes from 1 to 8, not " + value);
        }
        return nodes;
    }

    /**
     * The cluster trial (issue 16): a read replica of the embedded database ({@code ANSINH_REPLICA_DB_PORT}, 3308),
     * Keycloak, then the nodes (HTTP on the app port + 1, + 2 …, Hazelcast from
     * {@code ANSINH_HZ_PORT}, 5901) on the same database, and HAProxy on the app port; Ctrl-C stops all of it.
     */
    private static void runCluster(StackLayout layout, LocalStack stack, int count, CountDownLatch stopped)
            throws InterruptedException {
        java.util.List<PayaraNode> nodes =
                ClusterStack.nodes(count, layout.appPort() + 1, StackLayout.runHazelcastPort());
        for (PayaraNode node : nodes) {
            say("  Payara Micro " + node.name() + ": starting on " + node.url() + " (Hazelcast on " + StackLayout.HOST
                    + ":" + node.clusterPort() + ")");
        }
        int replicaPort = StackLayout.runReplicaPort();
        DatabaseServer replica = stack.withReplica(replicaPort).orElse(null);
        if (replica == null) {
            say("  read replica: none (the database is not the embedded one; an external primary's replica is set"
                    + " with ANSINH_DB_REPLICA_URL); reports read the primary");
        } else {
            say("  read replica: " + replica.describe() + " (the reports and the anomaly checks read it)");
        }
        // Keycloak starts beside the first node and stops with the cluster
        ClusterStack cluster = ClusterStack.start(layout, stack.database(), replica, nodes, true);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "ansinh-stop-cluster"));
        say("");
        say("AnSinh is running as a cluster of " + count + " nodes behind HAProxy at " + layout.appUrl() + "/");
        say("  kill a node to try the failover: kill -9 <pid of the node's Payara Micro>; logs in " + layout.logs());
        sayDemoLogins();
        say("Press Ctrl-C to stop everything.");
        stopped.await();
    }

    /**
     * The stand-in servers of the systems AnSinh exchanges data with, for a trial without them (ANSINH_STANDINS=true):
     * the population database's, with its fixture people, on ANSINH_POPULATION_STANDIN_PORT (8190).
     */
    private static void startStandIns() {
        int port = Integer.parseInt(java.util.Optional.ofNullable(System.getenv("ANSINH_POPULATION_STANDIN_PORT"))
                .orElse("8190"));
        try {
            vn.ansinh.population.application.PopulationStandIn standIn =
                    vn.ansinh.population.application.PopulationStandIn.start(port);
            System.setProperty("ansinh.population.url", standIn.endpoint().toString());
            say("  stand-in of the population database: " + standIn.endpoint());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not start the population stand-in on port " + port, e);
        }
    }

    private static void sayDemoLogins() {
        say("  Demo logins (password Demo@2026 for all, demo only):");
        for (DemoUser user : DemoUser.values()) {
            say(String.format("    %-18s %-16s %s", user.username(), user.role(), user.unitDescription()));
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
