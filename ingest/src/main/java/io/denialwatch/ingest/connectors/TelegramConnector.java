package io.denialwatch.ingest.connectors;

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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A public Telegram channel through its web preview {@code t.me/s/<channel>}: about the 20 newest
 * posts, oldest first; older pages by {@code ?before=<id>}. The markup is undocumented, so parsing
 * goes by class names and a page with message blocks that yields no post is an error, not "nothing new".
 */
public final class TelegramConnector implements SourceConnector {
    public static final String DEFAULT_BASE = "https://t.me";
    static final int MAX_PAGES = 5;

    private final PoliteHttpClient http;
    private final Clock clock;

    public TelegramConnector(PoliteHttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public FetchResult fetch(SourceDefinition source, Cursor cursor) throws FetchException {
        HttpUrl base = HttpUrl.parse(source.url() == null || source.url().isBlank() ? DEFAULT_BASE : source.url());
        String channel = channel(source, base);
        HttpUrl page =
                base.newBuilder().encodedPath("/s/" + channel).query(null).build();
        long known = cursor.newestId() == null ? 0 : Long.parseLong(cursor.newestId());
        Instant now = clock.instant();
        TreeMap<Long, Post> posts = new TreeMap<>();
        int requests = 0;
        long bytes = 0;
        for (int i = 0; i < MAX_PAGES; i++) {
            HttpResponse r = http.get(page.toString(), Map.of());
            requests += r.requests();
            bytes += r.body().length;
            HttpUrl landed = HttpUrl.parse(r.finalUrl());
            if (landed == null || !landed.encodedPath().startsWith("/s/")) {
                // groups and channels without a preview redirect to their landing page
                throw new FetchException(
                        Failure.NOT_A_FEED,
                        "t.me has no public preview for " + channel + " (redirected to " + r.finalUrl() + ")");
            }
            Document doc = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8), r.finalUrl());
            Elements blocks = doc.select(".tgme_widget_message[data-post]");
            if (blocks.isEmpty() && doc.selectFirst(".tgme_channel_history") == null) {
                throw new FetchException(Failure.NOT_A_FEED, "not a channel preview page: " + r.finalUrl());
            }
            long smallest = Long.MAX_VALUE;
            int parsed = 0;
            for (Element block : blocks) {
                long id = messageId(block.attr("data-post"));
                if (id < 0) {
                    continue;
                }
                parsed++;
                smallest = Math.min(smallest, id);
                if (id > known) {
                    posts.put(id, toPost(source, channel, id, block, now));
                }
            }
            if (!blocks.isEmpty() && parsed == 0) {
                throw new FetchException(
                        Failure.PARSE, "t.me markup changed: " + blocks.size() + " message blocks, none readable");
            }
            // first poll: one page; later: walk back until the page reaches what we already have
            if (known == 0 || parsed == 0 || smallest <= known + 1) {
                break;
            }
            page = page.newBuilder()
                    .setQueryParameter("before", String.valueOf(smallest))
                    .build();
        }
        List<Post> list = new ArrayList<>(posts.values());
        String newest = posts.isEmpty() ? cursor.newestId() : String.valueOf(Math.max(known, posts.lastKey()));
        Cursor next = cursor.withNewestId(newest).withFetchedAt(now).withNewestItemOf(list);
        return new FetchResult(list, next, false, bytes, requests);
    }

    static String channel(SourceDefinition source, HttpUrl base) throws FetchException {
        String h = source.handle();
        if ((h == null || h.isBlank()) && base != null) {
            List<String> seg = base.pathSegments().stream()
                    .filter(s -> !s.isBlank() && !s.equals("s"))
                    .toList();
            h = seg.isEmpty() ? null : seg.get(seg.size() - 1);
        }
        if (h == null
                || h.isBlank()
                || base == null
                || !h.replaceFirst("^@", "").matches("[A-Za-z0-9_]{3,64}")) {
            throw new FetchException(
                    Failure.INVALID_SOURCE, "a Telegram source needs a channel name (handle or t.me/s/<channel>)");
        }
        return h.replaceFirst("^@", "");
    }

    private static long messageId(String dataPost) {
        int slash = dataPost.lastIndexOf('/');
        try {
            return slash < 0 ? -1 : Long.parseLong(dataPost.substring(slash + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Post toPost(SourceDefinition source, String channel, long id, Element block, Instant now) {
        Element textEl = block.selectFirst(".tgme_widget_message_text.js-message_text");
        HtmlText.Text text = textEl == null ? new HtmlText.Text("", List.of()) : HtmlText.fromElement(textEl, null);
        Element date = block.selectFirst("a.tgme_widget_message_date");
        Element time = block.selectFirst("a.tgme_widget_message_date time[datetime]");
        Element owner = block.selectFirst(".tgme_widget_message_owner_name");
        Element forwarded = block.selectFirst("a.tgme_widget_message_forwarded_from_name[href]");
        Element reply = block.selectFirst("a.tgme_widget_message_reply[href]");
        Account account = new Account(
                "telegram:" + channel,
                channel,
                owner == null ? null : HtmlText.normalise(owner.text()),
                source.accountKind());
        return new Post(
                "telegram:" + channel + "/" + id,
                source.id(),
                date != null ? date.attr("abs:href") : null,
                Dates.sane(time == null ? null : Dates.parse(time.attr("datetime")), now),
                now,
                account,
                null,
                null,
                text.text(),
                text.links(),
                ref(reply),
                null,
                ref(forwarded));
    }

    /** {@code https://t.me/<channel>/<id>} as a post id; other links are kept as they are. */
    private static String ref(Element a) {
        if (a == null) {
            return null;
        }
        HttpUrl u = HttpUrl.parse(a.attr("abs:href"));
        if (u != null && u.pathSize() == 2 && u.pathSegments().get(1).matches("\\d+")) {
            return "telegram:" + u.pathSegments().get(0) + "/"
                    + u.pathSegments().get(1);
        }
        return a.attr("abs:href");
    }
}
