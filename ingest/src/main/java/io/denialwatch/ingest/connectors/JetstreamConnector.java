package io.denialwatch.ingest.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.common.LogSafe;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchException.Failure;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.text.Dates;
import io.denialwatch.ingest.text.HtmlText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Bluesky's Jetstream (JSON over WebSocket) for one account: {@code /subscribe?wantedDids=<did>}
 * with the post and repost collections, resumed from the saved {@code time_us} cursor. Fits the
 * polling model as a burst: connect, drain what Jetstream replays since the cursor and whatever
 * arrives, and close after a short quiet gap or a time and size budget. Polled often, it is push
 * with a small delay; a missed poll loses nothing, since Jetstream replays from the cursor (it keeps
 * about a day).
 */
public final class JetstreamConnector implements SourceConnector {
    public static final String DEFAULT_BASE = "wss://jetstream2.us-east.bsky.network";
    private static final String POST = "app.bsky.feed.post";
    private static final String REPOST = "app.bsky.feed.repost";
    private static final String CLOSED = "\u0000closed";
    static final int MAX_EVENTS = 2000;

    private final PoliteHttpClient http;
    private final Clock clock;
    private final Duration quietGap;
    private final Duration maxDuration;

    public JetstreamConnector(PoliteHttpClient http, Clock clock) {
        this(http, clock, Duration.ofSeconds(2), Duration.ofSeconds(20));
    }

    public JetstreamConnector(PoliteHttpClient http, Clock clock, Duration quietGap, Duration maxDuration) {
        this.http = http;
        this.clock = clock;
        this.quietGap = quietGap;
        this.maxDuration = maxDuration;
    }

    @Override
    public FetchResult fetch(SourceDefinition source, Cursor cursor) throws FetchException {
        String did = source.handle() == null ? null : source.handle().replaceFirst("^@", "");
        if (did == null || !did.startsWith("did:")) {
            throw new FetchException(
                    Failure.INVALID_SOURCE,
                    "a Jetstream source needs the account's DID as handle"
                            + " (Jetstream filters on DIDs; a bluesky source resolves handles)");
        }
        String base = source.url() == null || source.url().isBlank()
                ? DEFAULT_BASE
                : source.url().replaceAll("/+$", "");
        Instant started = clock.instant();
        // first poll: start from now rather than replay a day of history
        long since = cursor.newestId() != null
                ? Long.parseLong(cursor.newestId())
                : ChronoUnit.MICROS.between(Instant.EPOCH, started);
        String url = base + "/subscribe?wantedCollections=" + POST + "&wantedCollections=" + REPOST + "&wantedDids="
                + did + "&cursor=" + since;
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Throwable[] failure = new Throwable[1];
        CountDownLatch opened = new CountDownLatch(1);
        WebSocket ws = http.openWebSocket(url, new WebSocketListener() {
            @Override
            public void onOpen(WebSocket webSocket, Response response) {
                opened.countDown();
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                events.add(text);
            }

            @Override
            public void onClosed(WebSocket webSocket, int code, String reason) {
                events.add(CLOSED);
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                failure[0] = t;
                events.add(CLOSED);
                opened.countDown();
            }
        });
        List<Post> posts = new ArrayList<>();
        long newest = since;
        long bytes = 0;
        int received = 0;
        try {
            // the quiet gap counts from the open connection, not from the handshake
            opened.await(http.policy().connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
            long deadline = System.nanoTime() + maxDuration.toNanos();
            while (received < MAX_EVENTS && bytes < http.policy().maxBodyBytes() && System.nanoTime() < deadline) {
                String text = events.poll(quietGap.toMillis(), TimeUnit.MILLISECONDS);
                if (text == null || text == CLOSED) { // identity on purpose: the sentinel object itself
                    break;
                }
                received++;
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                JsonNode event = Json.MAPPER.readTree(text);
                long timeUs = event.path("time_us").asLong(0);
                if (timeUs <= since) {
                    continue; // replayed from before the cursor
                }
                newest = Math.max(newest, timeUs);
                Post p = toPost(source, event, clock.instant());
                if (p != null) {
                    posts.add(p);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Failure.NETWORK, "interrupted", e);
        } catch (IOException e) {
            throw new FetchException(Failure.PARSE, "unreadable Jetstream event: " + LogSafe.of(e.getMessage()), e);
        } finally {
            ws.close(1000, null);
        }
        if (failure[0] != null && received == 0) {
            Instant retry = http.hostFailed(url);
            throw new FetchException(
                    Failure.NETWORK, "Jetstream connection failed: " + LogSafe.of(failure[0]), 0, retry, failure[0]);
        }
        Cursor next = cursor.withAccountId(did)
                .withNewestId(String.valueOf(newest))
                .withFetchedAt(clock.instant())
                .withNewestItemOf(posts);
        return new FetchResult(posts, next, false, bytes, 1);
    }

    /** A created post or repost; deletions, updates and other collections are not posts. */
    static Post toPost(SourceDefinition source, JsonNode event, Instant now) {
        JsonNode commit = event.get("commit");
        if (!"commit".equals(JsonBodies.text(event, "kind"))
                || commit == null
                || !"create".equals(JsonBodies.text(commit, "operation"))) {
            return null;
        }
        String did = JsonBodies.text(event, "did");
        String collection = JsonBodies.text(commit, "collection");
        String uri = "at://" + did + "/" + collection + "/" + JsonBodies.text(commit, "rkey");
        JsonNode record = commit.path("record");
        Account account = new Account("bluesky:" + did, null, null, source.accountKind());
        Instant published = Dates.sane(Dates.parse(JsonBodies.text(record, "createdAt")), now);
        if (REPOST.equals(collection)) {
            String subject = JsonBodies.text(record.path("subject"), "uri");
            return subject == null
                    ? null
                    : new Post(
                            "bluesky:" + uri,
                            source.id(),
                            null,
                            published,
                            now,
                            account,
                            null,
                            null,
                            "",
                            List.of(),
                            null,
                            null,
                            "bluesky:" + subject);
        }
        if (!POST.equals(collection)) {
            return null;
        }
        Set<String> links = new LinkedHashSet<>();
        for (JsonNode facet : record.path("facets")) {
            for (JsonNode feature : facet.path("features")) {
                String link = JsonBodies.text(feature, "uri");
                if (link != null && HtmlText.isWebLink(link)) {
                    links.add(link);
                }
            }
        }
        String parent = JsonBodies.text(record.path("reply").path("parent"), "uri");
        String embedType = JsonBodies.text(record.path("embed"), "$type");
        String quoted = "app.bsky.embed.record".equals(embedType)
                ? JsonBodies.text(record.path("embed").path("record"), "uri")
                : "app.bsky.embed.recordWithMedia".equals(embedType)
                        ? JsonBodies.text(record.path("embed").path("record").path("record"), "uri")
                        : null;
        JsonNode langs = record.path("langs");
        String rkey = JsonBodies.text(commit, "rkey");
        return new Post(
                "bluesky:" + uri,
                source.id(),
                "https://bsky.app/profile/" + did + "/post/" + rkey,
                published,
                now,
                account,
                langs.isArray() && !langs.isEmpty() ? langs.get(0).asText() : null,
                null,
                HtmlText.normalise(JsonBodies.text(record, "text")),
                new ArrayList<>(links),
                parent == null ? null : "bluesky:" + parent,
                quoted == null ? null : "bluesky:" + quoted,
                null);
    }
}
