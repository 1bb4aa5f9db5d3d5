package io.denialwatch.sink.web;

import java.util.function.BiConsumer;

/**
 * The headers every desk response carries: a Content-Security-Policy that forbids inline script
 * and requires Trusted Types (the page renders post text only as text), no MIME sniffing, no
 * referrer, no framing.
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'; require-trusted-types-for 'script'";

    private SecurityHeaders() {}

    static void apply(BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", CSP);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("X-Frame-Options", "DENY");
    }
}
