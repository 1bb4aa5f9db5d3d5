package io.denialwatch.ingest.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.http.HttpResponse;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchException.Failure;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.text.Dates;
import io.denialwatch.ingest.text.HtmlText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * A Bluesky account's posts and reposts from the public AppView's {@code getAuthorFeed}. There is
 * no "since": the feed is read newest first and the walk stops at the first item already seen.
 * Pinned posts are not requested ({@code includePins=false}) and would never stop the walk.
 */
public final class BlueskyConnector implements SourceConnector {
    public static final String PUBLIC_APPVIEW = "https://public.api.bsky.app";
    static final int PAGE = 100;
    static final int MAX_PAGES = 5;
    private static final String REPOST = "app.bsky.feed.defs#reasonRepost";
    private static final String PIN = "app.bsky.feed.defs#reasonPin";

    private final PoliteHttpClient http;
    private final Clock clock;

    public BlueskyConnector(PoliteHttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public FetchResult fetch(SourceDefinition source, Cursor cursor) throws FetchException {
        HttpUrl base = HttpUrl.parse(source.url() == null || source.url().isBlank() ? PUBLIC_APPVIEW : source.url());
        if (base == null || source.handle() == null || source.handle().isBlank()) {
            throw new FetchException(
                    Failure.INVALID_SOURCE, "a Bluesky source needs a handle or DID (and optionally the AppView URL)");
        }
        int requests = 0;
        long bytes = 0;
        String did = cursor.accountId();
        String handle = source.handle().replaceFirst("^@", "");
        if (did == null && handle.startsWith("did:")) {
            did = handle;
        }
        if (did == null) {
            // handles change, DIDs do not: resolve once and key on the DID
            HttpResponse r = http.get(
                    xrpc(base, "app.bsky.actor.getProfiles")
                            .addQueryParameter("actors", handle)
                            .build()
                            .toString(),
                    Map.of());
            requests += r.requests();
            bytes += r.body().length;
            JsonNode profiles = JsonBodies.read(r).get("profiles");
            did = profiles != null && profiles.isArray() && !profiles.isEmpty()
                    ? JsonBodies.text(profiles.get(0), "did")
                    : null;
            if (did == null) {
                throw new FetchException(Failure.INVALID_SOURCE, "no Bluesky profile for " + handle);
            }
        }
        Instant now = clock.instant();
        boolean firstPoll = cursor.seen().isEmpty();
        List<String> keysNewestFirst = new ArrayList<>();
        List<Post> postsNewestFirst = new ArrayList<>();
        String pageCursor = null;
        boolean reachedKnown = false;
        for (int page = 0; page < MAX_PAGES && !reachedKnown; page++) {
            HttpUrl.Builder url = xrpc(base, "app.bsky.feed.getAuthorFeed")
                    .addQueryParameter("actor", did)
                    .addQueryParameter("limit", String.valueOf(PAGE))
                    .addQueryParameter("includePins", "false");
            if (pageCursor != null) {
                url.addQueryParameter("cursor", pageCursor);
            }
            HttpResponse r = http.get(url.build().toString(), Map.of());
            requests += r.requests();
            bytes += r.body().length;
            JsonNode body = JsonBodies.read(r);
            JsonNode feed = body.get("feed");
            if (feed == null || !feed.isArray()) {
                throw new FetchException(Failure.PARSE, "getAuthorFeed returned no feed array");
            }
            for (JsonNode item : feed) {
                String reason = JsonBodies.text(JsonBodies.path(item, "reason"), "$type");
                if (PIN.equals(reason)) {
                    continue;
                }
                String key = key(item, reason);
                if (key == null) {
                    continue;
                }
                if (cursor.hasSeen(key)) {
                    reachedKnown = true;
                    break;
                }
                keysNewestFirst.add(key);
                postsNewestFirst.add(toPost(source, item, REPOST.equals(reason), now));
            }
            pageCursor = JsonBodies.text(body, "cursor");
            // a missing cursor is "stop for now", not "end of history" (atproto #2616); a first poll reads one page
            if (firstPoll || pageCursor == null || feed.isEmpty()) {
                break;
            }
        }
        Collections.reverse(keysNewestFirst);
        Collections.reverse(postsNewestFirst);
        Cursor next = cursor.withAccountId(did)
                .withSeen(keysNewestFirst)
                .withFetchedAt(now)
                .withNewestItemOf(postsNewestFirst);
        return new FetchResult(postsNewestFirst, next, false, bytes, requests);
    }

    private static HttpUrl.Builder xrpc(HttpUrl base, String method) {
        return base.newBuilder().encodedPath("/xrpc/" + method).query(null);
    }

    /** A repost is its own event: the same post reposted twice is two items. */
    private static String key(JsonNode item, String reason) {
        String uri = JsonBodies.text(JsonBodies.path(item, "post"), "uri");
        if (uri == null) {
            return null;
        }
        if (REPOST.equals(reason)) {
            JsonNode r = item.get("reason");
            return FeedConnector.firstNonBlank(
                    JsonBodies.text(r, "uri"),
                    uri + "#repost:" + JsonBodies.text(JsonBodies.path(r, "by"), "did") + "@"
                            + JsonBodies.text(r, "indexedAt"));
        }
        return uri;
    }

    static Post toPost(SourceDefinition source, JsonNode item, boolean repost, Instant now) {
        JsonNode post = item.get("post");
        JsonNode record = post.get("record");
        String uri = JsonBodies.text(post, "uri");
        JsonNode author = repost ? JsonBodies.path(item, "reason", "by") : post.get("author");
        JsonNode postAuthor = post.get("author");
        Account account = new Account(
                "bluesky:" + JsonBodies.text(author, "did"),
                JsonBodies.text(author, "handle"),
                JsonBodies.text(author, "displayName"),
                source.accountKind());

        Set<String> links = new LinkedHashSet<>();
        JsonNode facets = record == null ? null : record.get("facets");
        if (facets != null) {
            for (JsonNode facet : facets) {
                for (JsonNode feature : facet.path("features")) {
                    String link = JsonBodies.text(feature, "uri");
                    if (link != null && HtmlText.isWebLink(link)) {
                        links.add(link);
                    }
                }
            }
        }
        String external = JsonBodies.text(JsonBodies.path(record, "embed", "external"), "uri");
        if (external != null) {
            links.add(external);
        }
        String embedType = JsonBodies.text(JsonBodies.path(record, "embed"), "$type");
        String quoted = "app.bsky.embed.record".equals(embedType)
                ? JsonBodies.text(JsonBodies.path(record, "embed", "record"), "uri")
                : "app.bsky.embed.recordWithMedia".equals(embedType)
                        ? JsonBodies.text(JsonBodies.path(record, "embed", "record", "record"), "uri")
                        : null;
        String parent = JsonBodies.text(JsonBodies.path(record, "reply", "parent"), "uri");
        String rkey = uri.substring(uri.lastIndexOf('/') + 1);
        String profile =
                FeedConnector.firstNonBlank(JsonBodies.text(postAuthor, "handle"), JsonBodies.text(postAuthor, "did"));
        String id = repost ? key(item, REPOST) : uri;
        Instant created = Dates.parse(JsonBodies.text(record, "createdAt"));
        Instant published =
                Dates.sane(created != null ? created : Dates.parse(JsonBodies.text(post, "indexedAt")), now);
        JsonNode langs = record == null ? null : record.get("langs");
        String lang = langs != null && langs.isArray() && !langs.isEmpty()
                ? langs.get(0).asText()
                : null;
        return new Post(
                "bluesky:" + id,
                source.id(),
                "https://bsky.app/profile/" + profile + "/post/" + rkey,
                published,
                now,
                account,
                lang,
                null,
                HtmlText.normalise(JsonBodies.text(record, "text")),
                new ArrayList<>(links),
                parent == null ? null : "bluesky:" + parent,
                quoted == null ? null : "bluesky:" + quoted,
                repost ? "bluesky:" + uri : null);
    }
}
