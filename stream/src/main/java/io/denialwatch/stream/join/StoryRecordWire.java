package io.denialwatch.stream.join;

import java.time.Instant;
import java.util.Set;

/**
 * A {@link StoryRecord} in binary, as the story index files it after its {@link StoryFeatures}:
 * each field in declaration order, texts and lists as {@link Wire} writes them, the publication
 * time as epoch millis ({@link Long#MIN_VALUE}: none), and the terms left out: the features carry
 * them as hashes, so a record read back has none. A field added later goes at the end, with a new
 * {@link StoryFeatures} format.
 */
final class StoryRecordWire {
    private static final long NO_TIME = Long.MIN_VALUE;

    private StoryRecordWire() {}

    /**
     * The bytes {@link #write} writes for {@code r}, exactly: a buffer of this size is neither
     * grown nor copied when done.
     */
    static int size(StoryRecord r) {
        return Wire.sizeOf(r.postId())
                + Wire.sizeOf(r.url())
                + Wire.sizeOf(r.outlet())
                + Wire.sizeOf(r.outletIds())
                + Long.BYTES
                + Wire.sizeOf(r.lang())
                + Wire.sizeOf(r.title())
                + Wire.sizeOf(r.text())
                + Wire.sizeOf(r.names())
                + Wire.sizeOf(r.quotes())
                + 1
                + Wire.sizeOf(r.personHow())
                + Wire.sizeOf(r.sourceKind());
    }

    static void write(StoryRecord r, Wire.Out out) {
        out.putString(r.postId())
                .putString(r.url())
                .putString(r.outlet())
                .putStrings(r.outletIds())
                .putLong(r.publishedAt() == null ? NO_TIME : r.publishedAt().toEpochMilli())
                .putString(r.lang())
                .putString(r.title())
                .putString(r.text())
                .putStringMap(r.names())
                .putStrings(r.quotes())
                .putBoolean(r.repost())
                .putString(r.personHow())
                .putString(r.sourceKind());
    }

    static StoryRecord read(Wire.In in) {
        String postId = in.getString();
        String url = in.getString();
        String outlet = in.getString();
        var outletIds = in.getStringSet();
        long published = in.getLong();
        return new StoryRecord(
                postId,
                url,
                outlet,
                outletIds,
                published == NO_TIME ? null : Instant.ofEpochMilli(published),
                in.getString(),
                in.getString(),
                in.getString(),
                Set.of(),
                in.getStringMap(),
                in.getStringList(),
                in.getBoolean(),
                in.getString(),
                in.getString());
    }
}
