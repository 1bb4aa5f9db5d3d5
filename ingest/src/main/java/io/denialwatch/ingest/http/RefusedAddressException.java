package io.denialwatch.ingest.http;

import java.net.UnknownHostException;

/** A target the SSRF guard refused. An {@link UnknownHostException} so that OkHttp's {@code Dns} may throw it. */
public class RefusedAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    public RefusedAddressException(String message) {
        super(message);
    }
}
