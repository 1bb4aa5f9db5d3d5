package io.denialwatch.common.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.denialwatch.common.LogSafe;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

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

    /** A post with only what analysis reads: who posted it, when, and its text (tests, benchmarks). */
    public static Post of(String id, String source, Instant publishedAt, Account account, String text) {
        return new Post(id, source, null, publishedAt, null, account, null, null, text, null, null, null, null);
    }

    /** Why a post cannot be processed: the field at fault (null when it is not one field) and the reason. */
    public record Problem(String field, String reason) {

        /** The field a JSON mapping error is about, as a dotted path ({@code account.kind}), else null. */
        public static Problem of(IOException e) {
            String field = null;
            if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                field = m.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()))
                        .collect(Collectors.joining("."));
            }
            String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            return new Problem(
                    field,
                    "not a valid post: " + (field == null ? "" : "field '" + field + "': ")
                            + LogSafe.firstLine(detail));
        }
    }

    /** What makes this post unusable, or {@code null} when it is usable. */
    public Problem problem() {
        if (id == null || id.isBlank()) {
            return new Problem("id", "missing id");
        }
        if (text == null) {
            return new Problem("text", "missing text");
        }
        if (publishedAt == null && fetchedAt == null) {
            return new Problem("published_at", "missing published_at");
        }
        return null;
    }

    /** The reason this post cannot be processed, or {@code null} when it is usable. */
    public String invalidReason() {
        Problem p = problem();
        return p == null ? null : p.reason();
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
        return new Post(
                id,
                source,
                url,
                publishedAt,
                fetchedAt,
                account,
                newLang,
                title,
                text,
                links,
                replyTo,
                quoteOf,
                repostOf);
    }

    public Post withText(String newText) {
        return new Post(
                id,
                source,
                url,
                publishedAt,
                fetchedAt,
                account,
                lang,
                title,
                newText,
                links,
                replyTo,
                quoteOf,
                repostOf);
    }
}
