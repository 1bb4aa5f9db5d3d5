package io.denialwatch.ingest.model;

import io.denialwatch.common.model.Post;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Where a source was left: everything a connector needs to fetch only what is new. Stored per
 * source in the compacted {@code dw.ingest.cursors}, written in the same transaction as the posts
 * it covers.
 *
 * @param etag          validator of the last 200, sent back as {@code If-None-Match}
 * @param lastModified  the server's {@code Last-Modified} string, sent back verbatim
 * @param newestId      high-water id: Mastodon {@code min_id}, X {@code since_id}, Telegram message id
 * @param accountId     platform id resolved once from the handle (Mastodon account id, Bluesky DID, X user id)
 * @param seen          recent item keys, newest last, for sources with no server-side "since"
 * @param newestItemAt  publication time of the newest item seen, for freshness
 * @param lastFetchedAt when the source was last fetched successfully (drives scheduling after a move)
 */
public record Cursor(
        String etag,
        String lastModified,
        String newestId,
        String accountId,
        List<String> seen,
        Instant newestItemAt,
        Instant lastFetchedAt) {

    /** Bounded so a cursor record stays small; feeds rarely show more than a few hundred items. */
    public static final int MAX_SEEN = 2000;

    public static final Cursor EMPTY = new Cursor(null, null, null, null, List.of(), null, null);

    public Cursor {
        seen = seen == null ? List.of() : List.copyOf(seen);
    }

    public boolean hasSeen(String key) {
        return seen.contains(key);
    }

    public Cursor withValidators(String newEtag, String newLastModified) {
        return new Cursor(newEtag, newLastModified, newestId, accountId, seen, newestItemAt, lastFetchedAt);
    }

    public Cursor withNewestId(String id) {
        return new Cursor(etag, lastModified, id, accountId, seen, newestItemAt, lastFetchedAt);
    }

    public Cursor withAccountId(String id) {
        return new Cursor(etag, lastModified, newestId, id, seen, newestItemAt, lastFetchedAt);
    }

    public Cursor withFetchedAt(Instant at) {
        return new Cursor(etag, lastModified, newestId, accountId, seen, newestItemAt, at);
    }

    /** Adds keys (in order, oldest first) and keeps only the newest {@link #MAX_SEEN}. */
    public Cursor withSeen(List<String> keys) {
        LinkedHashSet<String> all = new LinkedHashSet<>(seen);
        for (String k : keys) {
            all.remove(k);
            all.add(k);
        }
        List<String> list = new ArrayList<>(all);
        if (list.size() > MAX_SEEN) {
            list = list.subList(list.size() - MAX_SEEN, list.size());
        }
        return new Cursor(etag, lastModified, newestId, accountId, list, newestItemAt, lastFetchedAt);
    }

    /** Moves {@code newest_item_at} forward to the newest publication time among the posts. */
    public Cursor withNewestItemOf(List<Post> posts) {
        Cursor c = this;
        for (Post p : posts) {
            c = c.withNewestItemAt(p.publishedAt());
        }
        return c;
    }

    public Cursor withNewestItemAt(Instant at) {
        if (at == null || (newestItemAt != null && !at.isAfter(newestItemAt))) {
            return this;
        }
        return new Cursor(etag, lastModified, newestId, accountId, seen, at, lastFetchedAt);
    }
}
