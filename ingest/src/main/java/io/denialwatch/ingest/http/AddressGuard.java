package io.denialwatch.ingest.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SSRF guard: source URLs come from configuration and redirects come from strangers, so no
 * request may reach a private, loopback, link-local or otherwise internal address unless the
 * installation allows it (tests and {@code fetch --allow-private-addresses} do, for loopback
 * servers). Ranges after the OWASP SSRF cheat sheet, see docs/ingest.md.
 */
public final class AddressGuard {
    /** Hosts OkHttp treats as literal addresses (it then skips {@code Dns}), so they are checked here. */
    private static final Pattern IPV4_LIKE = Pattern.compile("[0-9.]+");

    private final boolean allowPrivate;
    private final Set<String> exemptHosts;

    public AddressGuard(boolean allowPrivate, Set<String> exemptHosts) {
        this.allowPrivate = allowPrivate;
        this.exemptHosts = Set.copyOf(exemptHosts);
    }

    public boolean allowsPrivate() {
        return allowPrivate;
    }

    /** Checks a host that is an address literal; host names are checked after resolution by {@link GuardedDns}. */
    public void checkLiteralHost(String host) throws RefusedAddressException {
        if (allowPrivate
                || exemptHosts.contains(host)
                || !(host.contains(":") || IPV4_LIKE.matcher(host).matches())) {
            return;
        }
        InetAddress literal;
        try {
            literal = InetAddress.getByName(host); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            throw new RefusedAddressException(host + " is not a valid address");
        }
        check(host, List.of(literal));
    }

    public void check(String host, List<InetAddress> addresses) throws RefusedAddressException {
        if (allowPrivate || exemptHosts.contains(host)) {
            return;
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                throw new RefusedAddressException(host + " resolves to the non-public address " + a.getHostAddress()
                        + " (allow private addresses only for local testing)");
            }
        }
    }

    public static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress()
                || a.isLoopbackAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (a instanceof Inet6Address) {
            int b0 = b[0] & 0xff;
            if ((b0 & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            if (startsWith(b, 0x00, 0x64, 0xff, 0x9b) && allZero(b, 4, 12)) {
                return isPublicV4(Arrays.copyOfRange(b, 12, 16)); // 64:ff9b::/96 NAT64 carries an IPv4 address
            }
            if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return isPublicV4(Arrays.copyOfRange(b, 12, 16)); // ::ffff:0:0/96 mapped
            }
            if (allZero(b, 0, 12)) {
                return false; // :: and IPv4-compatible addresses
            }
        }
        return true;
    }

    private static boolean isPublicV4(byte[] b) {
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        int b2 = b[2] & 0xff;
        return !(b0 == 0
                || b0 == 10
                || b0 == 127
                || (b0 == 100 && (b1 & 0xc0) == 64)
                || (b0 == 169 && b1 == 254)
                || (b0 == 172 && (b1 & 0xf0) == 16)
                || (b0 == 192 && b1 == 0 && b2 == 0)
                || (b0 == 192 && b1 == 168)
                || (b0 == 198 && (b1 & 0xfe) == 18)
                || b0 >= 224);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
