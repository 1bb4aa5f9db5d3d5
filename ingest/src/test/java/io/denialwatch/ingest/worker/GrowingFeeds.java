package io.denialwatch.ingest.worker;

import io.denialwatch.common.model.AccountKind;
import io.denialwatch.ingest.FixtureServer;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** RSS feeds at {@code /feed/<n>} that gain one item per request, so every poll has something new. */
final class GrowingFeeds {
    private static final Instant BASE = Instant.parse("2025-11-14T00:00:00Z");
    private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();

    void install(FixtureServer server, int feeds) {
        for (int i = 0; i < feeds; i++) {
            String path = "/feed/" + i;
            int feed = i;
            server.on(path, ex -> {
                int n = served.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
                FixtureServer.ok("application/rss+xml; charset=utf-8", rss(feed, n))
                        .write(ex);
            });
        }
    }

    /** One RSS source per feed of the server, polled every {@code interval}. */
    static List<SourceDefinition> definitions(FixtureServer server, int feeds, Duration interval) {
        return IntStream.range(0, feeds)
                .mapToObj(i -> new SourceDefinition(
                        "feed-" + i,
                        SourceKind.RSS,
                        server.url("/feed/" + i),
                        null,
                        AccountKind.OUTLET,
                        null,
                        interval,
                        true))
                .toList();
    }

    static byte[] rss(int feed, int items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>")
                .append("<title>Feed ")
                .append(feed)
                .append("</title><link>https://feeds.example/")
                .append(feed)
                .append("</link><description>test</description>");
        for (int j = Math.max(0, items - 50); j < items; j++) {
            b.append("<item><title>Item ")
                    .append(j)
                    .append("</title><guid isPermaLink=\"false\">feed-")
                    .append(feed)
                    .append("-item-")
                    .append(j)
                    .append("</guid><link>https://feeds.example/")
                    .append(feed)
                    .append('/')
                    .append(j)
                    .append("</link><description>text ")
                    .append(j)
                    .append("</description><pubDate>")
                    .append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            BASE.plusSeconds(60L * j).atZone(java.time.ZoneOffset.UTC)))
                    .append("</pubDate></item>");
        }
        return b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
