package io.denialwatch.ingest.model;

import java.time.Instant;
import java.util.Locale;

/** A poll that produced nothing usable; the caller keeps its previous cursor. */
public class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why; its lower-case name is the {@code outcome} tag of the fetch metrics. */
    public enum Failure {
        INVALID_SOURCE,
        REFUSED_ADDRESS,
        TOO_LARGE,
        TIMEOUT,
        NETWORK,
        HTTP_STATUS,
        RATE_LIMITED,
        BACKED_OFF,
        BREAKER_OPEN,
        NOT_A_FEED,
        PARSE;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Failure failure;
    private final int status;
    private final Instant retryAt;

    public FetchException(Failure failure, String message) {
        this(failure, message, 0, null, null);
    }

    public FetchException(Failure failure, String message, Throwable cause) {
        this(failure, message, 0, null, cause);
    }

    public FetchException(Failure failure, String message, int status, Instant retryAt, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.status = status;
        this.retryAt = retryAt;
    }

    public Failure failure() {
        return failure;
    }

    /** HTTP status when the failure is one, else 0. */
    public int status() {
        return status;
    }

    /** Earliest time worth trying again, when the server or the host's back-off says; else {@code null}. */
    public Instant retryAt() {
        return retryAt;
    }

    /** Bad content (not a transport problem): such failures also go to the dead-letter topic. */
    public boolean isBadContent() {
        return failure == Failure.PARSE || failure == Failure.NOT_A_FEED || failure == Failure.TOO_LARGE;
    }
}
