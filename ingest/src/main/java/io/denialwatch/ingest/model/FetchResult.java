package io.denialwatch.ingest.model;

import io.denialwatch.common.model.Post;
import java.time.Instant;
import java.util.List;

/**
 * What one poll of one source produced.
 *
 * @param posts       new posts only, oldest first
 * @param cursor      the cursor to store once the posts are safely written
 * @param notModified the server answered 304 (nothing parsed)
 * @param bytes       decompressed body bytes read, over all requests of this poll
 * @param requests    HTTP requests made
 * @param rejected    items read but refused (dead letters), new ones only
 */
public record FetchResult(
        List<Post> posts, Cursor cursor, boolean notModified, long bytes, int requests, List<ItemRejection> rejected) {
    public FetchResult {
        posts = List.copyOf(posts);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }

    /** A poll of a source whose items are never refused one by one. */
    public FetchResult(List<Post> posts, Cursor cursor, boolean notModified, long bytes, int requests) {
        this(posts, cursor, notModified, bytes, requests, List.of());
    }

    /** Newest publication time among the posts, for the freshness gauge. */
    public Instant newestPublished() {
        return posts.stream()
                .map(p -> p.publishedAt() != null ? p.publishedAt() : p.fetchedAt())
                .max(Instant::compareTo)
                .orElse(null);
    }
}
