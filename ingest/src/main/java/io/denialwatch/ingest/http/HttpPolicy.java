package io.denialwatch.ingest.http;

import java.time.Duration;
import java.util.Set;

/**
 * The limits every request obeys. Defaults follow docs/source-protocols.md §1.
 *
 * @param connectTimeout      TCP and TLS connect
 * @param readTimeout         longest silence while reading
 * @param callTimeout         the whole call, body included
 * @param maxBodyBytes        cap on the decompressed body
 * @param maxRedirects        hops followed, each re-checked by the SSRF guard
 * @param minInterval         least gap between two requests to one host
 * @param maxInlineWait       longest a call waits for its host; a longer wait fails fast with a retry time
 * @param backoffBase         first back-off after an error; doubles per consecutive error
 * @param backoffMax          ceiling of the back-off
 * @param breakerThreshold    consecutive failures that open a host's breaker
 * @param breakerOpenFor      how long an open breaker refuses calls before one probe
 * @param allowPrivateAddresses let requests reach loopback and private networks (local checks)
 * @param privateHostsAllowed exact host names or literals exempt from the SSRF guard (tests name 127.0.0.1)
 * @param userAgent           sent on every request
 */
public record HttpPolicy(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        long maxBodyBytes,
        int maxRedirects,
        Duration minInterval,
        Duration maxInlineWait,
        Duration backoffBase,
        Duration backoffMax,
        int breakerThreshold,
        Duration breakerOpenFor,
        boolean allowPrivateAddresses,
        Set<String> privateHostsAllowed,
        String userAgent) {

    public HttpPolicy {
        privateHostsAllowed = privateHostsAllowed == null ? Set.of() : Set.copyOf(privateHostsAllowed);
    }

    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;
    public static final String DEFAULT_USER_AGENT = "denialwatch/0.1 (+https://github.com/denialwatch/denialwatch)";

    public static HttpPolicy defaults() {
        return new HttpPolicy(
                Duration.ofSeconds(10),
                Duration.ofSeconds(20),
                Duration.ofSeconds(30),
                DEFAULT_MAX_BODY,
                5,
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                Duration.ofHours(1),
                5,
                Duration.ofMinutes(5),
                false,
                Set.of(),
                DEFAULT_USER_AGENT);
    }

    public HttpPolicy withAllowPrivateAddresses(boolean allow) {
        return new HttpPolicy(
                connectTimeout,
                readTimeout,
                callTimeout,
                maxBodyBytes,
                maxRedirects,
                minInterval,
                maxInlineWait,
                backoffBase,
                backoffMax,
                breakerThreshold,
                breakerOpenFor,
                allow,
                privateHostsAllowed,
                userAgent);
    }

    public HttpPolicy withPrivateHostsAllowed(Set<String> hosts) {
        return new HttpPolicy(
                connectTimeout,
                readTimeout,
                callTimeout,
                maxBodyBytes,
                maxRedirects,
                minInterval,
                maxInlineWait,
                backoffBase,
                backoffMax,
                breakerThreshold,
                breakerOpenFor,
                allowPrivateAddresses,
                hosts,
                userAgent);
    }

    public HttpPolicy withBreaker(int threshold, Duration openFor) {
        return new HttpPolicy(
                connectTimeout,
                readTimeout,
                callTimeout,
                maxBodyBytes,
                maxRedirects,
                minInterval,
                maxInlineWait,
                backoffBase,
                backoffMax,
                threshold,
                openFor,
                allowPrivateAddresses,
                privateHostsAllowed,
                userAgent);
    }

    public HttpPolicy withMaxInlineWait(Duration d) {
        return new HttpPolicy(
                connectTimeout,
                readTimeout,
                callTimeout,
                maxBodyBytes,
                maxRedirects,
                minInterval,
                d,
                backoffBase,
                backoffMax,
                breakerThreshold,
                breakerOpenFor,
                allowPrivateAddresses,
                privateHostsAllowed,
                userAgent);
    }

    public HttpPolicy withMinInterval(Duration d) {
        return new HttpPolicy(
                connectTimeout,
                readTimeout,
                callTimeout,
                maxBodyBytes,
                maxRedirects,
                d,
                maxInlineWait,
                backoffBase,
                backoffMax,
                breakerThreshold,
                breakerOpenFor,
                allowPrivateAddresses,
                privateHostsAllowed,
                userAgent);
    }

    public HttpPolicy withMaxBodyBytes(long max) {
        return new HttpPolicy(
                connectTimeout,
                readTimeout,
                callTimeout,
                max,
                maxRedirects,
                minInterval,
                maxInlineWait,
                backoffBase,
                backoffMax,
                breakerThreshold,
                breakerOpenFor,
                allowPrivateAddresses,
                privateHostsAllowed,
                userAgent);
    }

    public HttpPolicy withBackoff(Duration base, Duration max) {
        return new HttpPolicy(
                connectTimeout,
                readTimeout,
                callTimeout,
                maxBodyBytes,
                maxRedirects,
                minInterval,
                maxInlineWait,
                base,
                max,
                breakerThreshold,
                breakerOpenFor,
                allowPrivateAddresses,
                privateHostsAllowed,
                userAgent);
    }

    public HttpPolicy withTimeouts(Duration connect, Duration read, Duration call) {
        return new HttpPolicy(
                connect,
                read,
                call,
                maxBodyBytes,
                maxRedirects,
                minInterval,
                maxInlineWait,
                backoffBase,
                backoffMax,
                breakerThreshold,
                breakerOpenFor,
                allowPrivateAddresses,
                privateHostsAllowed,
                userAgent);
    }
}
