package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Post;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FetchCommandTest {
    private static final String FEED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            + "<title>مثال</title><link>https://example.org/</link><description>d</description><language>ar</language>"
            + "<item><title>نفي</title><link>https://example.org/1</link><guid>1</guid>"
            + "<pubDate>Sat, 15 Nov 2025 09:30:00 GMT</pubDate><description>&lt;p&gt;أنفي ذلك&lt;/p&gt;</description></item>"
            + "</channel></rss>";
    private HttpServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/feed", ex -> reply(ex, 200, FEED));
        server.createContext("/broken", ex -> reply(ex, 200, "<rss><channel><title>cut"));
        server.start();
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, String body)
            throws java.io.IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new FetchCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void printsPostsAsJsonl() throws Exception {
        assertThat(run("--kind", "rss", "--url", url("/feed"), "--allow-private-addresses"))
                .isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        Post p = Json.read(lines.get(0), Post.class);
        assertThat(p.text()).isEqualTo("أنفي ذلك");
        assertThat(p.lang()).isEqualTo("ar");
    }

    @Test
    void writesToAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("posts.jsonl");
        assertThat(run("--kind", "rss", "--url", url("/feed"), "--allow-private-addresses", "--out", file.toString()))
                .isZero();
        assertThat(Files.readAllLines(file)).hasSize(1);
    }

    @Test
    void privateAddressesNeedTheFlag() {
        assertThat(run("--kind", "rss", "--url", url("/feed"))).isEqualTo(1);
        assertThat(err.toString()).contains("refused_address").contains("non-public");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBrokenFeedExitsNonZeroWithTheReason() {
        assertThat(run("--kind", "rss", "--url", url("/broken"), "--allow-private-addresses"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("fetch failed (parse)").contains("not a well-formed feed");
    }

    @Test
    void anUnknownKindIsAUsageError() {
        assertThat(run("--kind", "myspace", "--url", url("/feed"))).isEqualTo(2);
        assertThat(err.toString()).contains("unknown source kind");
    }
}
