package io.denialwatch.ingest.connectors;

import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.http.HttpResponse;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchException.Failure;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.ItemRejection;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.text.FeedEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What feeds have in common: the server sends its whole current window each time, so a poll is a
 * conditional GET (ETag, Last-Modified) followed by dropping the items already seen. Validators are
 * sent back verbatim, never made up from the local clock.
 */
final class WindowFeeds {
    /** Turns a 200 response into keyed items; the format-specific half of a feed connector. */
    @FunctionalInterface
    interface ItemReader {
        List<KeyedPost> read(SourceDefinition source, HttpResponse response, Instant now) throws FetchException;
    }

    private WindowFeeds() {}

    /** Conditional GET, then the reader on a 200, then only the unseen items. */
    static FetchResult fetch(
            PoliteHttpClient http, Clock clock, SourceDefinition source, Cursor cursor, ItemReader reader)
            throws FetchException {
        HttpResponse response = conditionalGet(http, source.url(), cursor);
        Instant now = clock.instant();
        if (response.notModified()) {
            return notModified(cursor, response, now);
        }
        requireNotHtml(response);
        return newItems(reader.read(source, response, now), cursor, response, now);
    }

    static HttpResponse conditionalGet(PoliteHttpClient http, String url, Cursor cursor) throws FetchException {
        Map<String, String> headers = new HashMap<>();
        if (cursor.etag() != null) {
            headers.put("If-None-Match", cursor.etag());
        }
        if (cursor.lastModified() != null) {
            headers.put("If-Modified-Since", cursor.lastModified());
        }
        return http.get(url, headers);
    }

    static FetchResult notModified(Cursor cursor, HttpResponse response, Instant now) {
        return new FetchResult(List.of(), cursor.withFetchedAt(now), true, 0, response.requests());
    }

    /**
     * Keeps unseen items, oldest first, and remembers their keys and the server's validators. Items
     * refused by the reader, and posts holding U+FFFD (bytes the feed's encoding could not read),
     * become rejections: dead letters, never posts, and remembered so they are refused only once.
     */
    static FetchResult newItems(List<KeyedPost> items, Cursor cursor, HttpResponse response, Instant now) {
        Map<String, KeyedPost> unseen = new LinkedHashMap<>();
        for (KeyedPost k : items) {
            if (!cursor.hasSeen(k.key())) {
                unseen.putIfAbsent(k.key(), k);
            }
        }
        List<KeyedPost> fresh = new ArrayList<>();
        List<ItemRejection> rejected = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (KeyedPost k : unseen.values()) {
            ItemRejection why = k.rejected() != null ? k.rejected() : misDecoded(response, k.post());
            if (why != null) {
                rejected.add(why);
                keys.add(k.key());
            } else {
                fresh.add(k);
            }
        }
        fresh.sort(Comparator.comparing(
                (KeyedPost k) -> k.post().publishedAt(), Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Post> posts = fresh.stream().map(KeyedPost::post).toList();
        fresh.forEach(k -> keys.add(k.key()));
        Cursor next = cursor.withValidators(response.header("ETag"), response.header("Last-Modified"))
                .withSeen(keys)
                .withFetchedAt(now)
                .withNewestItemOf(posts);
        return new FetchResult(posts, next, false, response.body().length, response.requests(), rejected);
    }

    private static ItemRejection misDecoded(HttpResponse response, Post post) {
        String name = post.account() == null ? null : post.account().name();
        int runs = FeedEncoding.replacementRuns(post.title())
                + FeedEncoding.replacementRuns(post.text())
                + FeedEncoding.replacementRuns(name);
        if (runs == 0) {
            return null;
        }
        return new ItemRejection(
                ItemRejection.MIS_DECODED,
                runs + " run(s) of U+FFFD: bytes that the feed's "
                        + "encoding could not read, so the text is not what was published",
                response.finalUrl() + " " + post.id(),
                post.fullText());
    }

    /**
     * Refuses an HTML page served where a feed was expected (error pages, log-in walls,
     * interstitials) with a clear message instead of a parser's complaint.
     */
    static void requireNotHtml(HttpResponse response) throws FetchException {
        String start = new String(
                        response.body(), 0, Math.min(response.body().length, 512), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "")
                .replace("ï»¿", "")
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            throw new FetchException(
                    Failure.NOT_A_FEED,
                    "an HTML page (" + response.mediaType() + ") was served instead of a feed at "
                            + response.finalUrl());
        }
    }
}
