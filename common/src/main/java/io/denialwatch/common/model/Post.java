package io.denialwatch.common.model;

import java.time.Instant;
import java.util.List;

/**
 * One public post, as every source connector emits it and as {@code dw.posts} carries it.
 * Only {@code id}, {@code text} and a timestamp ({@code published_at}, else {@code fetched_at})
 * are required; see docs/schema.md.
 */
public record Post(
        String id,
        String source,
        String url,
        Instant publishedAt,
        Instant fetchedAt,
        Account account,
        String lang,
        String title,
        String text,
        List<String> links,
        String replyTo,
        String quoteOf,
        String repostOf) {

    public Post {
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** The reason this post cannot be processed, or {@code null} when it is usable. */
    public String invalidReason() {
        if (id == null || id.isBlank()) {
            return "missing id";
        }
        if (text == null) {
            return "missing text";
        }
        if (publishedAt == null && fetchedAt == null) {
            return "missing published_at";
        }
        return null;
    }

    /** Title and text together, the way analysis reads a post. */
    public String fullText() {
        if (title == null || title.isBlank() || text.startsWith(title)) {
            return text;
        }
        return title + "\n" + text;
    }

    /** The same post with another language tag ({@code null}: let analysis guess it). */
    public Post withLanguage(String newLang) {
        return new Post(id, source, url, publishedAt, fetchedAt, account, newLang, title, text, links,
                replyTo, quoteOf, repostOf);
    }

    public Post withText(String newText) {
        return new Post(id, source, url, publishedAt, fetchedAt, account, lang, title, newText, links,
                replyTo, quoteOf, repostOf);
    }
}
