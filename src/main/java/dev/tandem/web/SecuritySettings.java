package dev.tandem.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;

/**
 * Who may reach the server: the host it listens on, the extra names it answers as (a reverse
 * proxy's), whether sign-in is required (beyond loopback it always is), and the data folder whose
 * {@code .tandem/accounts.json} holds the accounts (null: no accounts).
 */
public record SecuritySettings(String host, List<String> allowedHosts, boolean requireSignIn, Path dataFolder) {

    public SecuritySettings {
        allowedHosts = List.copyOf(allowedHosts);
    }

    public static SecuritySettings loopback() {
        return new SecuritySettings("127.0.0.1", List.of(), false, null);
    }

    /** True when the server listens beyond this machine, or sign-in was asked for. */
    public boolean signInRequired() {
        return requireSignIn || !isLoopback(host);
    }

    /** {@code 127.0.0.1}, {@code ::1}, {@code localhost}; not {@code 0.0.0.0}, which is every interface. */
    public static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String name = HostGuard.hostName(host);
        if (name.equals("localhost")) {
            return true;
        }
        try {
            return (name.contains(":") || Character.isDigit(name.charAt(0))) && InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
