package io.denialwatch.ingest.connectors;

import static io.denialwatch.ingest.FixtureServer.ok;
import static io.denialwatch.ingest.FixtureServer.withEtag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.FixtureServer;
import io.denialwatch.ingest.Fixtures;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchException.Failure;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedConnectorTest {
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private final FixtureServer server = new FixtureServer();
    private final FeedConnector connector = new FeedConnector(TestHttp.client(), Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    private SourceDefinition source(SourceKind kind, String path) {
        return new SourceDefinition("s1", kind, server.url(path), null, AccountKind.OUTLET, null, null, true);
    }

    @Test
    void readsANewsFeedThenAnswers304WithTheStoredEtag() throws Exception {
        server.on("/feed", withEtag(RSS, Fixtures.bytes("rss/huffpost-canada.rss.xml"), "\"v1\""));
        FetchResult first = connector.fetch(source(SourceKind.RSS, "/feed"), Cursor.EMPTY);

        assertThat(first.posts()).hasSize(2);
        Post p = first.posts().get(0);
        assertThat(p.id()).matches("rss:[0-9a-f]{32}");
        assertThat(p.source()).isEqualTo("s1");
        assertThat(p.title()).doesNotStartWith(" ").doesNotContain("\n").doesNotContain("CDATA");
        assertThat(p.text()).doesNotContain("<").isNotBlank();
        assertThat(p.url()).startsWith("http");
        assertThat(p.links()).contains(p.url());
        assertThat(p.publishedAt()).isBefore(Instant.now());
        assertThat(p.account().kind()).isEqualTo(AccountKind.OUTLET);
        assertThat(first.posts()).isSortedAccordingTo((a, b) -> a.publishedAt().compareTo(b.publishedAt()));
        assertThat(first.cursor().etag()).isEqualTo("\"v1\"");
        assertThat(first.cursor().seen()).hasSize(2);

        FetchResult second = connector.fetch(source(SourceKind.RSS, "/feed"), first.cursor());
        assertThat(second.notModified()).isTrue();
        assertThat(second.posts()).isEmpty();
        assertThat(server.requests("/feed").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void aServerWithoutValidatorsStillYieldsOnlyNewItems() throws Exception {
        server.on("/feed", ok(RSS, Fixtures.bytes("rss/huffpost-canada.rss.xml")));
        FetchResult first = connector.fetch(source(SourceKind.RSS, "/feed"), Cursor.EMPTY);
        FetchResult second = connector.fetch(source(SourceKind.RSS, "/feed"), first.cursor());
        assertThat(second.notModified()).isFalse();
        assertThat(second.posts()).isEmpty();
    }

    @Test
    void idsAreStableAcrossPollsAndDifferPerFeed() throws Exception {
        byte[] body = Fixtures.bytes("rss/spiegel.rss.xml");
        server.on("/a", ok(RSS, body)).on("/b", ok(RSS, body));
        String a1 = connector
                .fetch(source(SourceKind.RSS, "/a"), Cursor.EMPTY)
                .posts()
                .get(0)
                .id();
        String a2 = connector
                .fetch(source(SourceKind.RSS, "/a"), Cursor.EMPTY)
                .posts()
                .get(0)
                .id();
        String b = connector
                .fetch(source(SourceKind.RSS, "/b"), Cursor.EMPTY)
                .posts()
                .get(0)
                .id();
        assertThat(a1).isEqualTo(a2).isNotEqualTo(b);
    }

    @Test
    void keepsUmlautsOfAUtf8Feed() throws Exception {
        server.on("/feed", ok(RSS, Fixtures.bytes("rss/spiegel.rss.xml")));
        FetchResult r = connector.fetch(source(SourceKind.RSS, "/feed"), Cursor.EMPTY);
        assertThat(r.posts()).isNotEmpty();
        assertThat(r.posts().get(0).lang()).isEqualTo("de");
    }

    @Test
    void decodesIso88591WithAndWithoutCharsetInTheContentType() throws Exception {
        byte[] body = Fixtures.bytes("rss/iso-8859-1-inovacao.rss.xml");
        server.on("/with", ok("application/rss+xml; charset=ISO-8859-1", body))
                .on("/without", ok("application/rss+xml", body))
                .on("/wrong", ok("text/xml; charset=utf-8", body));
        for (String path : new String[] {"/with", "/without", "/wrong"}) {
            Post p = connector
                    .fetch(source(SourceKind.RSS, path), Cursor.EMPTY)
                    .posts()
                    .get(0);
            assertThat(p.title()).as(path).isEqualTo("Revolução nas telas com pontos quânticos impressos em 3D");
            assertThat(p.text()).as(path).contains("três cores primárias");
            assertThat(p.url()).as(path).contains("&id=010150200813").doesNotContain("&amp;");
            assertThat(p.publishedAt()).isEqualTo(Instant.parse("2020-08-13T09:57:55Z"));
        }
    }

    @Test
    void truncatedXmlFailsCleanlyAndTheCallerKeepsItsCursor() {
        server.on("/reuters", ok(RSS, Fixtures.bytes("rss/malformed-reuters-truncated.rss.xml")))
                .on("/unclosed", ok(RSS, Fixtures.bytes("rss/invalid-dc-date.rss.xml")));
        Cursor before = Cursor.EMPTY.withValidators("\"old\"", null).withSeen(java.util.List.of("k"));
        assertThatThrownBy(() -> connector.fetch(source(SourceKind.RSS, "/reuters"), before))
                .isInstanceOf(FetchException.class)
                .satisfies(e -> assertThat(((FetchException) e).failure()).isEqualTo(Failure.PARSE))
                .hasMessageContaining("not a well-formed feed");
        assertThatThrownBy(() -> connector.fetch(source(SourceKind.RSS, "/unclosed"), before))
                .isInstanceOf(FetchException.class);
        assertThat(before.etag()).isEqualTo("\"old\"");
    }

    @Test
    void atomWithEscapedHtmlTitlesBecomesPlainText() throws Exception {
        server.on("/alerts", ok("application/atom+xml", Fixtures.bytes("atom/google-alerts.atom.xml")))
                .on("/reddit", ok("application/atom+xml", Fixtures.bytes("atom/reddit-mediarss.atom.xml")));
        FetchResult alerts = connector.fetch(source(SourceKind.ATOM, "/alerts"), Cursor.EMPTY);
        assertThat(alerts.posts()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.title()).doesNotContain("<b>").doesNotContain("&lt;");
            assertThat(p.text()).doesNotContain("<");
        });
        assertThat(alerts.posts()).anySatisfy(p -> assertThat(p.title()).contains("Slack"));
        FetchResult reddit = connector.fetch(source(SourceKind.ATOM, "/reddit"), Cursor.EMPTY);
        assertThat(reddit.posts()).hasSize(25);
        assertThat(reddit.posts())
                .allSatisfy(p -> assertThat(p.text()).doesNotContain("&lt;").doesNotContain("<a "));
    }

    @Test
    void youtubeFeedWithANewlineBeforeTheDeclarationParses() throws Exception {
        server.on(
                "/yt",
                ok("application/atom+xml; charset=UTF-8", Fixtures.bytes("youtube/youtube-channel-google.atom.xml")));
        FetchResult r = connector.fetch(source(SourceKind.YOUTUBE, "/yt"), Cursor.EMPTY);
        assertThat(r.posts()).hasSize(15);
        assertThat(r.posts()).allSatisfy(p -> {
            assertThat(p.id()).matches("youtube:[A-Za-z0-9_-]{11}");
            assertThat(p.account().id()).startsWith("youtube:UC");
        });
        assertThat(r.posts()).anySatisfy(p -> assertThat(p.text()).isNotBlank());
    }

    @Test
    void byteOrderMarkAndWhitespaceBeforeTheDeclarationAreTolerated() throws Exception {
        byte[] feed = Fixtures.bytes("synthetic/arabic-outlet.rss.xml");
        byte[] bom = new byte[feed.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(feed, 0, bom, 3, feed.length);
        byte[] spaced = ("  \n\t" + new String(feed, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        server.on("/bom", ok(RSS, bom)).on("/spaced", ok(RSS, spaced));
        assertThat(connector.fetch(source(SourceKind.RSS, "/bom"), Cursor.EMPTY).posts())
                .hasSize(2);
        assertThat(connector
                        .fetch(source(SourceKind.RSS, "/spaced"), Cursor.EMPTY)
                        .posts())
                .hasSize(2);
    }

    @Test
    void arabicFeedKeepsRightToLeftTextLinksAndLanguage() throws Exception {
        server.on("/ar", ok(RSS, Fixtures.bytes("synthetic/arabic-outlet.rss.xml")));
        FetchResult r = connector.fetch(source(SourceKind.RSS, "/ar"), Cursor.EMPTY);
        Post denial = r.posts().get(1);
        assertThat(denial.title()).isEqualTo("مكتب الإعلام ينفي ما نشرته The Example Times");
        assertThat(denial.text())
                .contains("نؤكد عدم صحة المعلومات")
                .contains("لم نُجرِ أي مقابلة")
                .contains("\n")
                .doesNotContain("<p>");
        assertThat(denial.links())
                .contains("https://news.example.org/2025/11/15/denial", "https://times.example.com/story");
        assertThat(denial.lang()).isEqualTo("ar");
        assertThat(denial.publishedAt()).isEqualTo(Instant.parse("2025-11-15T06:30:00Z"));
        assertThat(denial.account().name()).isEqualTo("وكالة الأنباء التجريبية");
    }

    @Test
    void externalEntitiesAreRefusedWithoutReadingLocalFiles() throws Exception {
        server.on("/xxe", ok(RSS, Fixtures.bytes("synthetic/xxe.rss.xml")));
        long start = System.nanoTime();
        assertThatThrownBy(() -> connector.fetch(source(SourceKind.RSS, "/xxe"), Cursor.EMPTY))
                .isInstanceOf(FetchException.class)
                .satisfies(e -> assertThat(((FetchException) e).failure()).isEqualTo(Failure.PARSE))
                .hasMessageContaining("DOCTYPE");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        Path hostname = Path.of("/etc/hostname");
        if (Files.isReadable(hostname) && !Files.readString(hostname).isBlank()) {
            // whatever the failure says, it must not quote the file
            try {
                connector.fetch(source(SourceKind.RSS, "/xxe"), Cursor.EMPTY);
            } catch (FetchException e) {
                assertThat(e.getMessage())
                        .doesNotContain(Files.readString(hostname).trim());
            }
        }
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        server.on("/lol", ok(RSS, Fixtures.bytes("synthetic/billion-laughs.rss.xml")));
        long start = System.nanoTime();
        assertThatThrownBy(() -> connector.fetch(source(SourceKind.RSS, "/lol"), Cursor.EMPTY))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void anHtmlErrorPageServedAsAFeedIsNamedAsSuch() {
        server.on("/feed", ok("text/html; charset=utf-8", Fixtures.bytes("synthetic/html-error-page.html")));
        assertThatThrownBy(() -> connector.fetch(source(SourceKind.RSS, "/feed"), Cursor.EMPTY))
                .isInstanceOf(FetchException.class)
                .satisfies(e -> assertThat(((FetchException) e).failure()).isEqualTo(Failure.NOT_A_FEED))
                .hasMessageContaining("HTML page");
    }
}
