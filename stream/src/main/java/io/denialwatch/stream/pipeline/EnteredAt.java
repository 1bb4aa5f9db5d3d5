package io.denialwatch.stream.pipeline;

import io.denialwatch.common.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * When a live post entered the pipeline: its {@code dw.posts} record's timestamp, which the broker
 * sets on append (Topics#configOf), to the millisecond. Kept in a header because the record's
 * timestamp is replaced by the post's event time ({@link EventTime}) before the analysis
 * needs it. A replayed post ({@link Topics#ORIGIN_HEADER}) gets none: how long an archive takes to
 * go through says nothing about how fast the desk hears of a live denial.
 */
public final class EnteredAt {
    static final String HEADER = "dw.entered-at";

    private EnteredAt() {}

    /** Notes {@code recordTimestamp} as the entry time of a live post; a replay is left unmarked. */
    public static void mark(Headers headers, long recordTimestamp) {
        if (headers.lastHeader(Topics.ORIGIN_HEADER) == null && recordTimestamp > 0) {
            headers.remove(HEADER);
            headers.add(HEADER, Long.toString(recordTimestamp).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The entry time noted by {@link #mark}, or null for a replay. */
    public static Instant of(Headers headers) {
        Header h = headers.lastHeader(HEADER);
        if (h == null || h.value() == null) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(new String(h.value(), StandardCharsets.UTF_8)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
