package dev.tandem.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses requests whose {@code Host} is not a name this server answers as, so that a page whose
 * DNS name is re-pointed at 127.0.0.1 (DNS rebinding) cannot read or write the store. Accepted:
 * loopback names and addresses, the address the connection arrived on, the host the server was
 * bound to, and the names given with {@code --allowed-host} (a reverse proxy's public name).
 */
final class HostGuard {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

    private final Set<String> names;

    HostGuard(String boundHost, Collection<String> allowedHosts) {
        Set<String> accepted = new HashSet<>(Set.of("localhost"));
        if (boundHost != null && !boundHost.isBlank()) {
            accepted.add(hostName(boundHost));
        }
        allowedHosts.forEach(name -> accepted.add(hostName(name)));
        this.names = Set.copyOf(accepted);
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !accepts(hostName(host), ctx.req().getLocalAddr())) {
            throw new ForbiddenResponse("this server does not answer as '" + Texts.shown(host)
                    + "' (start it with --allowed-host NAME to accept that name)");
        }
    }

    private boolean accepts(String name, String localAddress) {
        if (names.contains(name)) {
            return true;
        }
        InetAddress literal = literal(name);
        if (literal == null) {
            return false;
        }
        return literal.isLoopbackAddress() || literal.equals(literal(localAddress))
                || names.stream().map(HostGuard::literal).anyMatch(literal::equals);
    }

    /** The host of a {@code Host} header value or a name: lower case, without port and IPv6 brackets. */
    static String hostName(String hostAndPort) {
        String host = hostAndPort.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        // One colon is a port; more than one is a bare IPv6 address.
        return colon >= 0 && host.indexOf(':', colon + 1) < 0 ? host.substring(0, colon) : host;
    }

    /** The address an IP literal stands for, without asking DNS; null for names. */
    private static InetAddress literal(String host) {
        if (host == null || !(IPV4.matcher(host).matches() || host.contains(":"))) {
            return null;
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
