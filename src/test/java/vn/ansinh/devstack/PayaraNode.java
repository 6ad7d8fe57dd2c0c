package vn.ansinh.devstack;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One node of a cluster ({@link ClusterStack}): its name, its own HTTP port behind the proxy, and the Hazelcast
 * port it listens on; every node of the cluster lists the others' ports (TCP discovery on 127.0.0.1, no
 * multicast).
 */
public record PayaraNode(String name, int httpPort, int clusterPort, String clusterName, List<Integer> memberPorts) {

    public String url() {
        return "http://" + StackLayout.HOST + ":" + httpPort;
    }

    /** Payara Micro's Hazelcast options: TCP/IP discovery of the listed members, bound to loopback only. */
    List<String> clusterOptions() {
        String members =
                memberPorts.stream().map(port -> StackLayout.HOST + ":" + port).collect(Collectors.joining(","));
        return List.of(
                "--name",
                name,
                "--clustername",
                clusterName,
                "--clustermode",
                "tcpip:" + members,
                "--interfaces",
                StackLayout.HOST,
                "--startport",
                String.valueOf(clusterPort),
                // every node runs on the same address here: backups must still go to the other node
                "--nohostaware");
    }
}
