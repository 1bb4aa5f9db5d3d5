package io.denialwatch.common.model;

import java.time.Instant;

/**
 * A record that could not be processed, with why. Written to {@code dw.deadletter}.
 *
 * @param stage   where it failed ({@code ingest}, {@code stream.parse}, {@code stream.analyse}, …)
 * @param reason  a short human-readable reason
 * @param source  where the record came from ({@code dw.posts partition 2 offset 1234}, {@code file.jsonl:17}, a URL)
 * @param field   the field of the record at fault ({@code published_at}, {@code account.kind}), when it is one
 * @param payload the offending input, truncated to a bounded length
 */
public record DeadLetter(String stage, String reason, String source, String field, String payload, Instant at) {
    public static final int MAX_PAYLOAD_CHARS = 4096;

    public static DeadLetter of(String stage, String reason, String source, String payload) {
        return of(stage, reason, source, null, payload);
    }

    public static DeadLetter of(String stage, String reason, String source, String field, String payload) {
        String p = payload == null
                ? null
                : payload.length() > MAX_PAYLOAD_CHARS ? payload.substring(0, MAX_PAYLOAD_CHARS) + "…" : payload;
        return new DeadLetter(stage, reason, source, field, p, Instant.now());
    }
}
