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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * An X user's timeline through API v2 ({@code GET /2/users/:id/tweets}) with an app-only bearer
 * token. Every post read is billed, so: {@code since_id} always, the first poll reads one page only,
 * and the poll interval defaults to 15 minutes.
 */
public final class XConnector implements SourceConnector {
    public static final String DEFAULT_BASE = "https://api.x.com";
    static final int MAX_PAGES = 10;
    private static final String TWEET_FIELDS =
            "created_at,author_id,lang,conversation_id,in_reply_to_user_id," + "referenced_tweets,entities,note_tweet";

    private final PoliteHttpClient http;
    private final Clock clock;
    private final Supplier<String> bearerToken;

    public XConnector(PoliteHttpClient http, Clock clock, Supplier<String> bearerToken) {
        this.http = http;
        this.clock = clock;
        this.bearerToken = bearerToken;
    }

    @Override
    public FetchResult fetch(SourceDefinition source, Cursor cursor) throws FetchException {
        String token = bearerToken.get();
        if (token == null || token.isBlank()) {
            throw new FetchException(Failure.INVALID_SOURCE, "X sources need a bearer token in DW_X_BEARER_TOKEN");
        }
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
        HttpUrl base = HttpUrl.parse(source.url() == null || source.url().isBlank() ? DEFAULT_BASE : source.url());
        String handle = source.handle() == null ? null : source.handle().replaceFirst("^@", "");
        if (base == null || handle == null || handle.isBlank()) {
            throw new FetchException(
                    Failure.INVALID_SOURCE, "an X source needs a username or numeric user id as handle");
        }
        int requests = 0;
        long bytes = 0;
        String userId = cursor.accountId();
        if (userId == null && ApiIds.isDigits(handle)) {
            userId = handle;
        }
        if (userId == null) {
            HttpResponse r = http.get(
                    base.newBuilder()
                            .encodedPath("/2/users/by/username/" + handle)
                            .query(null)
                            .build()
                            .toString(),
                    auth);
            requests += r.requests();
            bytes += r.body().length;
            userId = JsonBodies.text(JsonBodies.path(JsonBodies.read(r), "data"), "id");
            if (userId == null) {
                throw new FetchException(Failure.INVALID_SOURCE, "X has no user " + handle);
            }
        }
        Instant now = clock.instant();
        Map<String, Post> byId = new LinkedHashMap<>();
        String sinceId = cursor.newestId();
        String newest = sinceId;
        String pageToken = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            HttpUrl.Builder url = base.newBuilder()
                    .encodedPath("/2/users/" + userId + "/tweets")
                    .query(null)
                    .addQueryParameter("max_results", "100")
                    .addQueryParameter("tweet.fields", TWEET_FIELDS)
                    .addQueryParameter("expansions", "author_id")
                    .addQueryParameter("user.fields", "username,name");
            if (sinceId != null) {
                url.addQueryParameter("since_id", sinceId);
            }
            if (pageToken != null) {
                url.addQueryParameter("pagination_token", pageToken);
            }
            HttpResponse r = http.get(url.build().toString(), auth);
            requests += r.requests();
            bytes += r.body().length;
            JsonNode body = JsonBodies.read(r);
            Map<String, JsonNode> users = new HashMap<>();
            for (JsonNode u : body.path("includes").path("users")) {
                users.put(JsonBodies.text(u, "id"), u);
            }
            for (JsonNode tweet : body.path("data")) {
                String id = JsonBodies.text(tweet, "id");
                if (id != null && (sinceId == null || ApiIds.ORDER.compare(id, sinceId) > 0)) {
                    byId.put(id, toPost(source, tweet, users, userId, handle, now));
                    newest = ApiIds.max(newest, id);
                }
            }
            newest = ApiIds.max(newest, JsonBodies.text(body.path("meta"), "newest_id"));
            pageToken = JsonBodies.text(body.path("meta"), "next_token");
            if (sinceId == null || pageToken == null) {
                break;
            }
        }
        List<Post> posts = ApiIds.inIdOrder(byId);
        Cursor next = cursor.withAccountId(userId)
                .withNewestId(newest)
                .withFetchedAt(now)
                .withNewestItemOf(posts);
        return new FetchResult(posts, next, false, bytes, requests);
    }

    static Post toPost(
            SourceDefinition source,
            JsonNode tweet,
            Map<String, JsonNode> users,
            String userId,
            String handle,
            Instant now) {
        String id = JsonBodies.text(tweet, "id");
        String authorId = FeedConnector.firstNonBlank(JsonBodies.text(tweet, "author_id"), userId);
        JsonNode user = users.get(authorId);
        String username = user != null ? JsonBodies.text(user, "username") : handle;
        Account account = new Account(
                "x:" + authorId, username, user != null ? JsonBodies.text(user, "name") : null, source.accountKind());
        // long posts are cut in text and whole in note_tweet; X escapes &, < and > in both
        String raw = FeedConnector.firstNonBlank(
                JsonBodies.text(JsonBodies.path(tweet, "note_tweet"), "text"), JsonBodies.text(tweet, "text"));
        Set<String> links = new LinkedHashSet<>();
        for (JsonNode u : tweet.path("entities").path("urls")) {
            String link = FeedConnector.firstNonBlank(
                    JsonBodies.text(u, "unwound_url"), JsonBodies.text(u, "expanded_url"), JsonBodies.text(u, "url"));
            if (link != null) {
                links.add(link);
            }
        }
        String replyTo = null;
        String quoteOf = null;
        String repostOf = null;
        for (JsonNode ref : tweet.path("referenced_tweets")) {
            String refId = "x:" + JsonBodies.text(ref, "id");
            switch (String.valueOf(JsonBodies.text(ref, "type"))) {
                case "replied_to" -> replyTo = refId;
                case "quoted" -> quoteOf = refId;
                case "retweeted" -> repostOf = refId;
                default -> {}
            }
        }
        String lang = JsonBodies.text(tweet, "lang");
        return new Post(
                "x:" + id,
                source.id(),
                "https://x.com/" + (username != null ? username : "i") + "/status/" + id,
                Dates.sane(Dates.parse(JsonBodies.text(tweet, "created_at")), now),
                now,
                account,
                "und".equals(lang) ? null : lang,
                null,
                HtmlText.normalise(HtmlText.unescape(raw)),
                new ArrayList<>(links),
                replyTo,
                quoteOf,
                repostOf);
    }
}
