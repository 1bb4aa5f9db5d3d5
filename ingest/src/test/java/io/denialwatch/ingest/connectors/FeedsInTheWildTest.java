package io.denialwatch.ingest.connectors;

import static io.denialwatch.ingest.FixtureServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.FixtureServer;
import io.denialwatch.ingest.Fixtures;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.ItemRejection;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds as they are in the wild (issue 20): relative links, per-item languages, legacy encodings,
 * typed titles, content in unusual places, broken shapes and items, and items without ids. Each
 * fixture under {@code fixtures/wild/} is written for this test (see the README there) and served
 * by the local replay server.
 */
class FeedsInTheWildTest {
    private static final String RSS = "application/rss+xml";
    private static final String ATOM = "application/atom+xml";
    private final FixtureServer server = new FixtureServer();
    private final PoliteHttpClient http = TestHttp.client();
    private final FeedConnector connector = new FeedConnector(http, Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    private SourceDefinition source(SourceKind kind, String path) {
        return new SourceDefinition("wild", kind, server.url(path), null, AccountKind.OFFICIAL, null, null, true);
    }

    private FetchResult fetch(SourceKind kind, String path) throws FetchException {
        return connector.fetch(source(kind, path), Cursor.EMPTY);
    }

    /** Serves one fixture at a path of its own name and fetches it once. */
    private FetchResult served(SourceKind kind, String contentType, String file) throws FetchException {
        server.on("/" + file, ok(contentType, wild(file)));
        return fetch(kind, "/" + file);
    }

    private static Map<String, Post> byTitle(FetchResult r) {
        return r.posts().stream()
                .filter(p -> p.title() != null)
                .collect(Collectors.toMap(Post::title, Function.identity()));
    }

    private static byte[] wild(String name) {
        return Fixtures.bytes("wild/" + name);
    }

    // ---- relative links ----

    @Test
    void relativeLinksResolveAgainstXmlBaseThenContentLocationThenTheFeedUrl() throws Exception {
        server.on(
                        "/feeds/spokesperson.atom",
                        ok(
                                ATOM,
                                wild("relative-links.atom.xml"),
                                "Content-Location",
                                "https://spokesperson.example.org/feeds/ar.atom"))
                .on("/newsroom/feed.xml", ok(RSS, wild("relative-links.rss.xml")));

        Map<String, Post> atom = byTitle(fetch(SourceKind.ATOM, "/feeds/spokesperson.atom"));
        Post statement = atom.get("الناطق الرسمي ينفي تصريحات منسوبة للوزير");
        // feed xml:base "/ar/" against Content-Location, then the entry's relative link
        assertThat(statement.url()).isEqualTo("https://spokesperson.example.org/ar/statements/412");
        assertThat(statement.links())
                .containsExactly(
                        "https://spokesperson.example.org/ar/statements/412",
                        "https://spokesperson.example.org/transcripts/412.pdf",
                        "https://spokesperson.example.org/en/statements/412");
        Post clip = atom.get("توضيح بشأن جدول الزيارات");
        // an absolute xml:base on the entry, and another on its summary
        assertThat(clip.url()).isEqualTo("https://archive.example.net/2024/may/411.html");
        assertThat(clip.links()).contains("https://media.example.org/clips/411.mp4");

        Map<String, Post> rss = byTitle(fetch(SourceKind.RSS, "/newsroom/feed.xml"));
        Post port = rss.get("Harbour Authority rejects reports of a port closure");
        // no xml:base, no Content-Location: the URL the feed was fetched from
        assertThat(port.url()).isEqualTo(server.url("/newsroom/2024/06/port-not-closed"));
        assertThat(port.links())
                .contains(
                        server.url("/newsroom/2024/06/notice-to-mariners.pdf"),
                        "http://cdn.harbour.example/schedule.html");
        assertThat(rss.get("Dredging works completed ahead of schedule").url())
                .isEqualTo(server.url("/newsroom/2024/06/dredging-done"));
        assertThat(rss.values()).allSatisfy(p -> assertThat(p.links()).allMatch(l -> l.startsWith("http")));
    }

    // ---- per-item language ----

    @Test
    void itemLanguageWinsOverTheChannelsAndTheHttpHeaderComesLast() throws Exception {
        server.on("/press.atom", ok(ATOM, wild("per-item-language.atom.xml")))
                .on("/agence.rss", ok(RSS, wild("per-item-language.rss.xml"), "Content-Language", "fr, ar"));

        Map<String, Post> atom = byTitle(fetch(SourceKind.ATOM, "/press.atom"));
        assertThat(atom.get("المكتب الإعلامي ينفي خبر استقالة المحافظ").lang()).isEqualTo("ar"); // entry xml:lang
        assertThat(atom.get("Communiqué on the governor").lang()).isEqualTo("fr"); // content xml:lang
        assertThat(atom.get("Road works on the ring road").lang()).isEqualTo("en"); // the feed's

        Map<String, Post> rss = byTitle(fetch(SourceKind.RSS, "/agence.rss"));
        assertThat(rss.get("الوكالة تصحح خبراً عن أسعار الوقود").lang()).isEqualTo("ar"); // dc:language
        assertThat(rss.get("Pas de hausse du prix du carburant").lang()).isEqualTo("fr"); // Content-Language
    }

    // ---- encodings ----

    /** Serves a fixture of the Arabic ministry feed with this Content-Type and checks that every letter survives. */
    private void assertReadsTheArabicMinistryFeed(String what, String contentType, String file) throws FetchException {
        String path = "/" + what.replaceAll("[^A-Za-z0-9]+", "-");
        server.on(path, ok(contentType, wild(file)));
        FetchResult r = fetch(SourceKind.RSS, path);
        assertThat(r.rejected()).as(what).isEmpty();
        assertThat(r.posts()).as(what).hasSize(3);
        Map<String, Post> posts = byTitle(r);
        assertThat(posts).as(what).containsKey("الوزارة تنفي صحة الأنباء المتداولة حول إغلاق المعبر");
        assertThat(posts.get("الوزارة تنفي صحة الأنباء المتداولة حول إغلاق المعبر")
                        .text())
                .as(what)
                .contains("نفت وزارة الإعلام في بيان رسمي")
                .doesNotContain("\uFFFD");
        assertThat(posts.values())
                .allSatisfy(p -> assertThat(p.account().name()).isEqualTo("وزارة الإعلام - الأخبار الرسمية"));
    }

    @Test
    void undeclaredWindows1256IsDetected() throws Exception {
        assertReadsTheArabicMinistryFeed("windows-1256", "text/xml", "ministry-windows-1256-undeclared.rss.xml");
    }

    @Test
    void undeclaredIso88596IsDetected() throws Exception {
        assertReadsTheArabicMinistryFeed("ISO-8859-6", RSS, "ministry-iso-8859-6-undeclared.rss.xml");
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws Exception {
        assertReadsTheArabicMinistryFeed("UTF-16LE with BOM", RSS, "ministry-utf-16-bom.rss.xml");
    }

    @Test
    void aCharsetOnlyInTheHttpHeaderIsUsed() throws Exception {
        assertReadsTheArabicMinistryFeed(
                "charset in the header only",
                "application/rss+xml; charset=ISO-8859-6",
                "ministry-iso-8859-6-undeclared.rss.xml");
    }

    @Test
    void aUtf8HeaderThatTheBytesContradictIsNotBelieved() throws Exception {
        assertReadsTheArabicMinistryFeed(
                "windows-1256 served as UTF-8", "text/xml; charset=utf-8", "ministry-windows-1256-undeclared.rss.xml");
    }

    @Test
    void undeclaredKoi8rIsDetected() throws Exception {
        FetchResult r = served(SourceKind.RSS, RSS, "agency-koi8-r-undeclared.rss.xml");
        assertThat(r.rejected()).isEmpty();
        assertThat(byTitle(r)).containsKey("Пресс-служба опровергла сообщения о закрытии аэропорта");
        assertThat(r.posts()).allSatisfy(p -> assertThat(p.text()).doesNotContain("\uFFFD"));
    }

    @Test
    void anItemThatIsNotUtf8InAUtf8FeedIsDeadLetteredAndCountedNotPassedOn() throws Exception {
        server.on("/mixed", ok("application/rss+xml; charset=utf-8", wild("utf-8-with-one-windows-1256-item.rss.xml")));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SourcePoller poller = new SourcePoller(
                TestHttp.connectors(http, Clock.systemUTC()),
                new IngestMetrics(registry, Clock.systemUTC()),
                Clock.systemUTC());
        SourceDefinition src = source(SourceKind.RSS, "/mixed");

        FetchResult r = poller.poll(src, Cursor.EMPTY);
        assertThat(r.posts())
                .extracting(Post::title)
                .containsExactlyInAnyOrder("الوكالة تنفي توقف خدمة البث المباشر", "افتتاح معرض الكتاب السنوي");
        assertThat(r.posts()).allSatisfy(p -> assertThat(p.fullText()).doesNotContain("\uFFFD"));
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo(ItemRejection.MIS_DECODED);
            assertThat(x.message()).contains("U+FFFD");
        });
        assertThat(registry.get("dw.ingest.items.rejected")
                        .tag("reason", "mis_decoded")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.get("dw.ingest.replacement.runs").counter().count()).isGreaterThanOrEqualTo(2.0);

        // refused once, not at every poll
        assertThat(poller.poll(src, r.cursor()).rejected()).isEmpty();
    }

    // ---- titles ----

    @Test
    void aTitleDeclaredAsTextKeepsItsLiteralAngleBrackets() throws Exception {
        FetchResult r = served(SourceKind.ATOM, ATOM, "text-titles.atom.xml");
        assertThat(r.posts())
                .extracting(Post::title)
                .contains("Bureau denies the <draft> directive was ever adopted", "Statement on tariffs");
        assertThat(byTitle(r)
                        .get("Bureau denies the <draft> directive was ever adopted")
                        .text())
                .isEqualTo("The text marked <draft> is a working document & not in force.");
    }

    // ---- content in other places, other dates ----

    @Test
    void contentFromXhtmlBodiesWrapperDivsAndFallbackElementsWithDctermsDates() throws Exception {
        server.on("/council.rss", ok(RSS, wild("content-places.rss.xml")))
                .on("/foreign.atom", ok(ATOM, wild("content-places.atom.xml")));

        Map<String, Post> rss = byTitle(fetch(SourceKind.RSS, "/council.rss"));
        assertThat(rss.get("Council denies plans to sell the central library").text())
                .isEqualTo("There is no plan to sell the library building.\nThe July minutes say so.");
        assertThat(rss.get("Council denies plans to sell the central library").links())
                .contains("https://council.example.org/minutes/2024-07");
        assertThat(rss.get("Bin collection moves to Tuesdays").text())
                .isEqualTo("From September, bins are collected on Tuesdays.");
        Post consultation = rss.get("Notice of public consultation"); // dc:title, dc:description
        assertThat(consultation.text()).isEqualTo("Residents can comment on the transport plan until 30 September.");
        assertThat(consultation.publishedAt()).isEqualTo(Instant.parse("2024-07-30T10:00:00Z")); // dcterms:issued
        Post podcast = rss.get("Council podcast, episode 31"); // media:title, itunes:summary
        assertThat(podcast.text()).isEqualTo("The mayor answers questions about the library rumours.");
        assertThat(podcast.publishedAt()).isEqualTo(Instant.parse("2024-07-29T18:00:00Z")); // dcterms:modified

        Map<String, Post> atom = byTitle(fetch(SourceKind.ATOM, "/foreign.atom"));
        Post embassy = atom.get("Ministry rejects claims about the embassy closure");
        assertThat(embassy.text())
                .isEqualTo("The embassy is open and consular services continue.\n"
                        + "Reports to the contrary are corrected here.");
        assertThat(embassy.links())
                .containsExactly(
                        "https://foreign.example.gov/statements/2024/0802",
                        "https://foreign.example.gov/statements/2024/0801-correction");
        Post fees = atom.get("Visa fees unchanged");
        assertThat(fees.text()).isEqualTo("Fees stay as published.\nSee the fee table.");
        assertThat(fees.links()).contains("https://foreign.example.gov/fees");
        assertThat(fees.publishedAt()).isEqualTo(Instant.parse("2024-07-31T14:00:00Z"));
        assertThat(atom.get("Travel advice reviewed").publishedAt()).isEqualTo(Instant.parse("2024-07-30T08:00:00Z"));
    }

    @Test
    void aBase64SummaryWrappedOverLinesIsDecoded() throws Exception {
        server.on("/trade", ok(ATOM, wild("base64-summary.atom03.xml")));
        Map<String, Post> posts = byTitle(fetch(SourceKind.ATOM, "/trade"));
        assertThat(posts.get("Ministry denies suspension of trade talks").text())
                .isEqualTo("The ministry denies that talks were suspended. Negotiations resume on Monday as planned.");
        assertThat(posts.get("Export figures for August").text()).isEqualTo("Exports rose by 3 percent.");
    }

    // ---- recovery, item by item ----

    @Test
    void rssItemsWithoutAChannelAreRead() throws Exception {
        server.on("/police", ok(RSS, wild("rss-items-without-channel.rss.xml")));
        assertThat(fetch(SourceKind.RSS, "/police").posts())
                .extracting(Post::url)
                .containsExactlyInAnyOrder(
                        "https://police.example.org/news/march-not-banned", "https://police.example.org/news/closures");
    }

    @Test
    void atomWithoutItsNamespaceOrWithItOnlyOnAPrefixIsRead() throws Exception {
        server.on("/health", ok(ATOM, wild("atom-without-namespace.atom.xml")))
                .on("/elections", ok(ATOM, wild("atom-namespace-on-prefix-only.atom.xml")));
        FetchResult health = fetch(SourceKind.ATOM, "/health");
        assertThat(health.posts())
                .extracting(Post::title)
                .containsExactlyInAnyOrder("Directorate denies vaccine shortage", "Clinic opening hours");
        assertThat(byTitle(health).get("Directorate denies vaccine shortage").text())
                .isEqualTo("Stocks cover the next three months.");
        Post stations = fetch(SourceKind.ATOM, "/elections").posts().get(0);
        assertThat(stations.title()).isEqualTo("Commission denies that polling stations will move");
        assertThat(stations.text()).isEqualTo("All polling stations stay where they were.");
        assertThat(stations.url()).isEqualTo("https://elections.example.org/notices/stations");
    }

    @Test
    void aFeedWithOneBrokenItemYieldsAllItsOtherItemsAndOneDeadLetter() throws Exception {
        FetchResult r = served(SourceKind.ATOM, ATOM, "one-broken-item.atom03.xml");
        assertThat(r.posts())
                .extracting(Post::title)
                .containsExactlyInAnyOrder("Ministry denies curfew rumours", "New identity card offices");
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo(ItemRejection.UNREADABLE);
            assertThat(x.message()).contains("base64");
            assertThat(x.item()).contains("tag:interior.example.gov,2024:garbled");
            assertThat(x.payload()).contains("this export failed half-way");
        });
        assertThat(connector
                        .fetch(source(SourceKind.ATOM, "/one-broken-item.atom03.xml"), r.cursor())
                        .rejected())
                .isEmpty();
    }

    @Test
    void aDoctypeStillRefusesTheWholeFeed() {
        String feed = new String(wild("rss-items-without-channel.rss.xml"), StandardCharsets.UTF_8)
                .replace("<rss version=\"2.0\">", "<!DOCTYPE rss [<!ENTITY x \"y\">]><rss version=\"2.0\">");
        server.on("/doctype", ok(RSS, feed.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> fetch(SourceKind.RSS, "/doctype"))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("DOCTYPE");
    }

    // ---- keys and ids ----

    @Test
    void itemsWithoutIdLinkOrTitleKeepDistinctStableKeysAndNonPermalinkGuidsAreNoUrl() throws Exception {
        FetchResult first = served(SourceKind.RSS, RSS, "untitled-items.rss.xml");
        assertThat(first.posts()).hasSize(6);
        assertThat(first.posts()).extracting(Post::id).doesNotHaveDuplicates();
        FetchResult again = fetch(SourceKind.RSS, "/untitled-items.rss.xml");
        assertThat(again.posts())
                .extracting(Post::id)
                .containsExactlyInAnyOrderElementsOf(
                        first.posts().stream().map(Post::id).toList());
        assertThat(connector
                        .fetch(source(SourceKind.RSS, "/untitled-items.rss.xml"), first.cursor())
                        .posts())
                .isEmpty();

        Map<String, Post> posts = byTitle(first);
        for (String t : List.of(
                "Statement on the budget timetable",
                "Schedule of the state visit",
                "Correction to yesterday's notice")) {
            assertThat(posts.get(t).url()).as(t).isNull();
            assertThat(posts.get(t).links()).as(t).isEmpty();
        }
    }
}
