package io.denialwatch.stream.analysis;

import io.denialwatch.common.model.Post;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The day (UTC) a post speaks of, for who held an office and whom an organisation spoke for:
 * when it was published, else when it was fetched, else null (then every dated link holds).
 */
public final class PostDay {
    private PostDay() {}

    public static LocalDate of(Post post) {
        Instant t = post.publishedAt() != null ? post.publishedAt() : post.fetchedAt();
        return t == null ? null : LocalDate.ofInstant(t, ZoneOffset.UTC);
    }
}
