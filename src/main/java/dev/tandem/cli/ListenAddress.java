package dev.tandem.cli;

import dev.tandem.model.TandemException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** {@code --host}: checked before the server starts, so a bad address is not reported as a busy port. */
final class ListenAddress {

    private ListenAddress() {
    }

    static void require(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.isBlank()) {
            throw TandemException.badInput("--host is empty; give an address such as 127.0.0.1");
        }
        if (bare.matches("[0-9.]+")) {
            String[] parts = bare.split("\\.", -1);
            boolean valid = parts.length == 4;
            for (String part : parts) {
                valid &= !part.isEmpty() && part.length() <= 3 && Integer.parseInt(part) <= 255;
            }
            if (!valid) {
                throw TandemException.badInput("--host " + host + " is not an IP address (four numbers from 0 to 255)");
            }
            return;
        }
        try {
            InetAddress.getByName(bare);
        } catch (UnknownHostException e) {
            throw TandemException.badInput("--host " + host + " is not an address or a name this machine knows");
        }
    }
}
