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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * JSON Feed 1.0 and 1.1 (jsonfeed.org). Real feeds break the spec in known ways: no item {@code id}
 * (the URL stands in), RFC 822 dates (parsed like RSS dates), entities in plain-text titles.
 */
public final class JsonFeedConnector implements SourceConnector {
    private final PoliteHttpClient http;
    private final Clock clock;

    public JsonFeedConnector(PoliteHttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public FetchResult fetch(SourceDefinition source, Cursor cursor) throws FetchException {
        return WindowFeeds.fetch(http, clock, source, cursor, JsonFeedConnector::items);
    }

    private static List<KeyedPost> items(SourceDefinition source, HttpResponse response, Instant now)
            throws FetchException {
        JsonNode feed = JsonBodies.read(response);
        JsonNode items = feed.get("items");
        if (!feed.isObject() || items == null || !items.isArray()) {
            throw new FetchException(Failure.PARSE, "not a JSON Feed (no items array) at " + response.finalUrl());
        }
        String feedTitle = JsonBodies.text(feed, "title");
        String feedLang = JsonBodies.text(feed, "language");
        List<KeyedPost> posts = new ArrayList<>();
        for (JsonNode item : items) {
            KeyedPost p = toPost(source, item, feedTitle, feedLang, now);
            if (p != null) {
                posts.add(p);
            }
        }
        return posts;
    }

    private static KeyedPost toPost(
            SourceDefinition source, JsonNode item, String feedTitle, String feedLang, Instant now) {
        String url = JsonBodies.text(item, "url");
        String title = HtmlText.unescape(JsonBodies.text(item, "title"));
        String key = FeedConnector.firstNonBlank(
                JsonBodies.text(item, "id"),
                url,
                title == null ? null : title + "|" + JsonBodies.text(item, "date_published"));
        if (key == null) {
            return null; // nothing stable to dedup on: better skipped than re-emitted every poll
        }
        HtmlText.Text body;
        String plain = JsonBodies.text(item, "content_text");
        if (plain != null) {
            body = new HtmlText.Text(HtmlText.normalise(plain), List.of());
        } else {
            String html = JsonBodies.text(item, "content_html");
            body = html != null
                    ? HtmlText.fromHtml(html)
                    : new HtmlText.Text(HtmlText.normalise(JsonBodies.text(item, "summary")), List.of());
        }
        Set<String> links = new LinkedHashSet<>();
        if (url != null) {
            links.add(url);
        }
        String external = JsonBodies.text(item, "external_url");
        if (external != null) {
            links.add(external);
        }
        links.addAll(body.links());
        Instant published = Dates.sane(Dates.parse(JsonBodies.text(item, "date_published")), now);
        String lang = FeedConnector.firstNonBlank(JsonBodies.text(item, "language"), feedLang);
        String handle = source.handle();
        Account account = new Account(
                "jsonfeed:" + (handle != null ? handle : source.id()), handle, feedTitle, source.accountKind());
        Post post = new Post(
                "jsonfeed:" + PostIds.hash(source.url(), key),
                source.id(),
                url,
                published,
                now,
                account,
                lang,
                title,
                body.text(),
                new ArrayList<>(links),
                null,
                null,
                null);
        return new KeyedPost(key, post);
    }
}
