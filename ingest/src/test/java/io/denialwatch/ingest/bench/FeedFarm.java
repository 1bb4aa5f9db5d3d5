package io.denialwatch.ingest.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * {@code FeedFarm FEEDS}: serves {@code /feed/<n>} RSS feeds on a free loopback port, in a process of
 * its own so the benchmark measures only the client. One feed in ten changes on every request; the
 * others answer 304 to their ETag. Prints {@code READY <port>}.
 */
public final class FeedFarm {
    private FeedFarm() {}

    public static void main(String[] args) throws Exception {
        int feeds = Integer.parseInt(args[0]);
        AtomicIntegerArray version = new AtomicIntegerArray(feeds);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/feed/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/feed/".length()));
            int v = n % 10 == 0 ? version.incrementAndGet(n) : version.get(n);
            String etag = "\"v" + v + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            byte[] body = rss(n, v + 20);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            ex.getResponseHeaders().add("ETag", etag);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        System.out.println("READY " + server.getAddress().getPort());
        System.out.flush();
        Thread.currentThread().join();
    }

    /** A 20-item window ending at item {@code last}, about 6 KB: a typical news feed. */
    static byte[] rss(int feed, int last) {
        StringBuilder b = new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed ")
                .append(feed)
                .append("</title><link>https://feeds.example/")
                .append(feed)
                .append("</link><description>bench</description><language>en</language>");
        for (int j = last - 20; j < last; j++) {
            b.append("<item><title>Story ")
                    .append(j)
                    .append(" of feed ")
                    .append(feed)
                    .append("</title><link>https://feeds.example/")
                    .append(feed)
                    .append('/')
                    .append(j)
                    .append("</link><guid>https://feeds.example/")
                    .append(feed)
                    .append('/')
                    .append(j)
                    .append("</guid><pubDate>Sat, 15 Nov 2025 09:30:00 GMT</pubDate><description>&lt;p&gt;A paragraph "
                            + "of news text about item ")
                    .append(j)
                    .append(
                            ", long enough to look like a summary of a real "
                                    + "story with a &lt;a href=\"https://example.org/\"&gt;link&lt;/a&gt;.&lt;/p&gt;</description></item>");
        }
        return b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
