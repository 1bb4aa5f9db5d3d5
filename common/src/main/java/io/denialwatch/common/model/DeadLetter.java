package io.denialwatch.common.model;

import java.time.Instant;

/**
 * A record that could not be processed, with why. Written to {@code dw.deadletter}.
 *
 * @param stage   where it failed ({@code ingest}, {@code stream.parse}, {@code stream.analyse}, …)
 * @param reason  a short human-readable reason
 * @param source  where the record came from (topic-partition@offset, file:line, URL)
 * @param payload the offending input, truncated to a bounded length
 */
public record DeadLetter(String stage, String reason, String source, String payload, Instant at) {
    public static final int MAX_PAYLOAD_CHARS = 4096;

    public static DeadLetter of(String stage, String reason, String source, String payload) {
        String p = payload == null ? null
                : payload.length() > MAX_PAYLOAD_CHARS ? payload.substring(0, MAX_PAYLOAD_CHARS) + "…" : payload;
        return new DeadLetter(stage, reason, source, p, Instant.now());
    }
}
