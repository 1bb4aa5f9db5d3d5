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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * A Mastodon account's public statuses, from its home server. The account id is looked up once by
 * acct. Polls page forward with {@code min_id} (never {@code since_id}, which skips the older part
 * of a gap) and follow {@code Link rel="prev"} until an empty page.
 */
public final class MastodonConnector implements SourceConnector {
    static final int PAGE = 40;
    static final int MAX_PAGES = 10;

    private final PoliteHttpClient http;
    private final Clock clock;

    public MastodonConnector(PoliteHttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public FetchResult fetch(SourceDefinition source, Cursor cursor) throws FetchException {
        HttpUrl base = base(source);
        String host = base.host();
        int requests = 0;
        long bytes = 0;
        String accountId = cursor.accountId();
        if (accountId == null) {
            HttpResponse r = http.get(
                    base.newBuilder()
                            .encodedPath("/api/v1/accounts/lookup")
                            .addQueryParameter("acct", username(source))
                            .build()
                            .toString(),
                    Map.of());
            requests += r.requests();
            bytes += r.body().length;
            accountId = JsonBodies.text(JsonBodies.read(r), "id");
            if (accountId == null) {
                throw new FetchException(Failure.PARSE, "account lookup on " + host + " returned no id");
            }
        }
        String statuses = base.newBuilder()
                .encodedPath("/api/v1/accounts/" + enc(accountId) + "/statuses")
                .addQueryParameter("limit", String.valueOf(PAGE))
                .build()
                .toString();
        String url = cursor.newestId() == null ? statuses : statuses + "&min_id=" + enc(cursor.newestId());
        Instant now = clock.instant();
        Map<String, Post> byId = new LinkedHashMap<>();
        String newest = cursor.newestId();
        for (int page = 0; page < MAX_PAGES && url != null; page++) {
            HttpResponse r = http.get(url, Map.of("Accept", "application/json"));
            requests += r.requests();
            bytes += r.body().length;
            JsonNode array = JsonBodies.read(r);
            if (!array.isArray()) {
                throw new FetchException(Failure.PARSE, "statuses from " + host + " are not a JSON array");
            }
            if (array.isEmpty()) {
                break;
            }
            for (JsonNode status : array) {
                String id = JsonBodies.text(status, "id");
                if (id != null && (cursor.newestId() == null || ApiIds.ORDER.compare(id, cursor.newestId()) > 0)) {
                    byId.put(id, toPost(source, host, status, now));
                    newest = ApiIds.max(newest, id);
                }
            }
            // first poll: the newest page is enough; history before watching started is not wanted
            url = cursor.newestId() == null ? null : LinkHeader.target(r.header("Link"), "prev");
        }
        List<Post> posts = ApiIds.inIdOrder(byId);
        Cursor next = cursor.withAccountId(accountId)
                .withNewestId(newest)
                .withFetchedAt(now)
                .withNewestItemOf(posts);
        return new FetchResult(posts, next, false, bytes, requests);
    }

    static Post toPost(SourceDefinition source, String host, JsonNode status, Instant now) {
        JsonNode reblog = JsonBodies.path(status, "reblog");
        JsonNode shown = reblog != null ? reblog : status;
        HtmlText.Text body = HtmlText.fromHtml(JsonBodies.text(shown, "content"), "a.mention");
        String spoiler = JsonBodies.text(shown, "spoiler_text");
        String text =
                spoiler == null || spoiler.isBlank() ? body.text() : HtmlText.normalise(spoiler) + "\n" + body.text();
        Set<String> links = new LinkedHashSet<>(body.links());
        String card = JsonBodies.text(JsonBodies.path(shown, "card"), "url");
        if (card != null) {
            links.add(card);
        }
        JsonNode acc = status.get("account");
        String acct = JsonBodies.text(acc, "acct");
        Account account = new Account(
                "mastodon:" + host + "/" + JsonBodies.text(acc, "id"),
                acct == null || acct.contains("@") ? acct : acct + "@" + host,
                JsonBodies.text(acc, "display_name"),
                source.accountKind());
        String replyTo = JsonBodies.text(status, "in_reply_to_id");
        String quoted = FeedConnector.firstNonBlank(
                JsonBodies.text(JsonBodies.path(shown, "quote", "quoted_status"), "id"),
                JsonBodies.text(JsonBodies.path(shown, "quote"), "quoted_status_id"));
        return new Post(
                "mastodon:" + host + "/" + JsonBodies.text(status, "id"),
                source.id(),
                FeedConnector.firstNonBlank(JsonBodies.text(status, "url"), JsonBodies.text(shown, "url")),
                Dates.sane(Dates.parse(JsonBodies.text(status, "created_at")), now),
                now,
                account,
                JsonBodies.text(shown, "language"),
                null,
                text,
                new ArrayList<>(links),
                ref(host, replyTo),
                ref(host, quoted),
                reblog == null ? null : ref(host, JsonBodies.text(reblog, "id")));
    }

    private static String ref(String host, String id) {
        return id == null ? null : "mastodon:" + host + "/" + id;
    }

    /** The server: the source URL's origin, else the domain of {@code user@domain}. */
    static HttpUrl base(SourceDefinition source) throws FetchException {
        String url = source.url();
        if ((url == null || url.isBlank())
                && source.handle() != null
                && source.handle().contains("@")) {
            String h = source.handle().replaceFirst("^@", "");
            url = "https://" + h.substring(h.indexOf('@') + 1);
        }
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null) {
            throw new FetchException(Failure.INVALID_SOURCE, "a Mastodon source needs the server URL or user@server");
        }
        return parsed.newBuilder().encodedPath("/").query(null).build();
    }

    /** The username, from the handle or a profile URL ({@code https://host/@user}). */
    static String username(SourceDefinition source) throws FetchException {
        String h = source.handle();
        if (h == null || h.isBlank()) {
            HttpUrl u = source.url() == null ? null : HttpUrl.parse(source.url());
            List<String> segments = u == null ? List.of() : u.pathSegments();
            h = segments.stream().filter(s -> s.startsWith("@")).findFirst().orElse(null);
        }
        if (h == null || h.isBlank()) {
            throw new FetchException(Failure.INVALID_SOURCE, "a Mastodon source needs a handle (user or user@server)");
        }
        h = h.replaceFirst("^@", "");
        return h.contains("@") ? h.substring(0, h.indexOf('@')) : h;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
