package io.denialwatch.ingest.connectors;

import static io.denialwatch.ingest.FixtureServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.FixtureServer;
import io.denialwatch.ingest.Fixtures;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonFeedConnectorTest {
    private final FixtureServer server = new FixtureServer();
    private final JsonFeedConnector connector = new JsonFeedConnector(TestHttp.client(), Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchResult fetch(String fixture, Cursor cursor) throws Exception {
        server.on("/feed.json", ok("application/feed+json", Fixtures.bytes("jsonfeed/" + fixture)));
        return connector.fetch(SourceDefinition.adHoc(SourceKind.JSONFEED, server.url("/feed.json"), null), cursor);
    }

    @Test
    void feedsWithoutItemIdsAndWithRfc822DatesStillWork() throws Exception {
        FetchResult r = fetch("influxdata-v1.1-rfc822-dates.json", Cursor.EMPTY);
        assertThat(r.posts()).hasSize(3);
        Post graphite = r.posts().stream()
                .filter(p -> p.title().contains("Graphite"))
                .findFirst()
                .orElseThrow();
        assertThat(graphite.publishedAt()).isEqualTo(Instant.parse("2019-05-31T19:17:58Z"));
        assertThat(graphite.id()).startsWith("jsonfeed:");
        // the item with no date falls back to the fetch time rather than being lost
        assertThat(r.posts()).anySatisfy(p -> assertThat(p.publishedAt()).isEqualTo(p.fetchedAt()));
        assertThat(r.posts()).noneSatisfy(p -> assertThat(p.title()).contains("&#8211;"));

        assertThat(fetch("influxdata-v1.1-rfc822-dates.json", r.cursor()).posts())
                .isEmpty();
    }

    @Test
    void version1FeedWithHtmlContent() throws Exception {
        FetchResult r = fetch("inessential-v1.json", Cursor.EMPTY);
        assertThat(r.posts()).hasSize(20).allSatisfy(p -> {
            assertThat(p.text()).doesNotContain("<p>");
            assertThat(p.publishedAt()).isNotNull();
        });
        assertThat(r.posts()).isSortedAccordingTo((a, b) -> a.publishedAt().compareTo(b.publishedAt()));
        assertThat(fetch("spec-example-v1.json", Cursor.EMPTY).posts()).isNotEmpty();
    }
}
