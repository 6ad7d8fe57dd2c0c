package vn.ansinh.shared.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This server among the nodes that share the database: a name made once when the application starts, the host
 * name (for the log and the {@code job_lease} table) and a random UUID (two nodes on one host, or a node restarted
 * on the same host, are never taken for one another).
 */
public final class ClusterNode {

    /** This node's name, e.g. {@code app-1/4f0c…}: at most 200 characters, the width of {@code job_lease.holder}. */
    public static final String ID = name();

    private ClusterNode() {}

    private static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        if (host.length() > 150) {
            host = host.substring(0, 150);
        }
        return host + "/" + UUID.randomUUID();
    }
}
