package io.denialwatch.ingest.connectors;

import static io.denialwatch.ingest.FixtureServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.FixtureServer;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlueskyConnectorTest {
    private static final String FEED = "/xrpc/app.bsky.feed.getAuthorFeed";
    private final FixtureServer server = new FixtureServer();
    private final BlueskyConnector connector = new BlueskyConnector(TestHttp.client(), Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    private SourceDefinition source() {
        return new SourceDefinition(
                "b1",
                SourceKind.BLUESKY,
                server.base(),
                "chriskenny.bsky.social",
                AccountKind.PERSON,
                null,
                null,
                true);
    }

    @Test
    void resolvesTheDidThenReadsTheFeedMarkingRepostsRepliesAndQuotes() throws Exception {
        server.on("/xrpc/app.bsky.actor.getProfiles", server.recorded("bluesky", "getProfiles-chriskenny.json"))
                .on(FEED, server.recorded("bluesky", "getAuthorFeed-chriskenny.json"));
        FetchResult r = connector.fetch(source(), Cursor.EMPTY);

        assertThat(r.posts()).hasSize(44);
        String did = r.cursor().accountId();
        assertThat(did).startsWith("did:plc:");
        assertThat(server.requests(FEED).get(0).pathAndQuery())
                .contains("includePins=false")
                .contains("actor=did");
        List<Post> reposts =
                r.posts().stream().filter(p -> p.repostOf() != null).toList();
        assertThat(reposts).hasSize(7).allSatisfy(p -> {
            assertThat(p.account().id()).isEqualTo("bluesky:" + did);
            assertThat(p.repostOf()).startsWith("bluesky:at://");
            assertThat(p.id()).contains("#repost:");
        });
        assertThat(r.posts().stream().filter(p -> p.replyTo() != null)).hasSizeGreaterThan(10);
        assertThat(r.posts().stream().filter(p -> p.quoteOf() != null)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(r.posts()).anySatisfy(p -> assertThat(p.lang()).isNull());
        assertThat(r.posts()).allSatisfy(p -> assertThat(p.id()).startsWith("bluesky:at://"));
        assertThat(r.posts().get(r.posts().size() - 1).repostOf()).endsWith("/3lnneysi3ps2c");
    }

    @Test
    void aLaterPollStopsAtTheFirstKnownPostAndSkipsPins() throws Exception {
        server.on("/xrpc/app.bsky.actor.getProfiles", server.recorded("bluesky", "getProfiles-chriskenny.json"))
                .on(FEED, server.recorded("bluesky", "getAuthorFeed-chriskenny.json"));
        FetchResult first = connector.fetch(source(), Cursor.EMPTY);
        // pretend the newest 3 items were not there last time
        List<String> older =
                first.cursor().seen().subList(0, first.cursor().seen().size() - 3);
        Cursor cursor = new Cursor(null, null, null, first.cursor().accountId(), older, null, null);
        FetchResult second = connector.fetch(source(), cursor);
        assertThat(second.posts()).hasSize(3);
        assertThat(server.requests(FEED)).hasSize(2);

        String pinned =
                "{\"feed\":[{\"post\":{\"uri\":\"at://did:plc:x/app.bsky.feed.post/pin\",\"author\":{\"did\":\"did:plc:x\"},"
                        + "\"record\":{\"text\":\"pinned\",\"createdAt\":\"2020-01-01T00:00:00Z\"}},\"reason\":{\"$type\":\"app.bsky.feed.defs#reasonPin\"}}]}";
        server.on(FEED, ok("application/json", pinned.getBytes(StandardCharsets.UTF_8)));
        assertThat(connector.fetch(source(), first.cursor()).posts()).isEmpty();
    }
}
