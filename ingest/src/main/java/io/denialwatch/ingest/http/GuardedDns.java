package io.denialwatch.ingest.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/**
 * Resolves names and refuses non-public results. OkHttp connects to exactly the addresses this
 * returns, so a name cannot be re-resolved to an internal address between check and connect
 * (DNS rebinding).
 */
final class GuardedDns implements Dns {
    private final AddressGuard guard;
    private final Dns delegate;

    GuardedDns(AddressGuard guard, Dns delegate) {
        this.guard = guard;
        this.delegate = delegate;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> addresses = delegate.lookup(hostname);
        guard.check(hostname, addresses);
        return addresses;
    }
}
