package vn.ansinh.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

final class Ports {

    private Ports() {}

    static void requireFree(int port, String usedFor) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(StackLayout.HOST))) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " on " + StackLayout.HOST
                    + " is already in use; it is needed for " + usedFor + ". Is another AnSinh stack still running?");
        }
    }
}
