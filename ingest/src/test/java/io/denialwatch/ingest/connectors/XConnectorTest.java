package io.denialwatch.ingest.connectors;

import static io.denialwatch.ingest.FixtureServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.FixtureServer;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class XConnectorTest {
    private final FixtureServer server = new FixtureServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private SourceDefinition source(String handle) {
        return new SourceDefinition("x1", SourceKind.X, server.base(), handle, AccountKind.OUTLET, null, null, true);
    }

    private XConnector connector(String token) {
        return new XConnector(TestHttp.client(), Clock.systemUTC(), () -> token);
    }

    @Test
    void readsATimelineWithTheBearerTokenAndStoresTheNewestIdAsSinceId() throws Exception {
        server.on("/2/users/783214/tweets", server.recorded("x", "users-783214-tweets.tweepy.json"));
        FetchResult r = connector("tok").fetch(source("783214"), Cursor.EMPTY);
        assertThat(r.posts()).extracting(Post::id).containsExactly("x:1565318587736285184", "x:1577730467436138524");
        assertThat(r.cursor().newestId()).isEqualTo("1577730467436138524");
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer tok");
        // first poll reads one page even though next_token is present: reads cost money
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void laterPollsSendSinceIdAndFollowNextToken() throws Exception {
        String last = "{\"data\":[],\"meta\":{\"result_count\":0}}";
        server.on(
                "/2/users/1072250532645998596/tweets",
                server.recorded("x", "reverse-chronological-timeline.tweepy.json"),
                ok("application/json", last.getBytes(StandardCharsets.UTF_8)));
        FetchResult r =
                connector("tok").fetch(source("1072250532645998596"), Cursor.EMPTY.withNewestId("1574452695179534335"));
        assertThat(r.posts()).hasSize(98);
        assertThat(server.requests().get(0).pathAndQuery()).contains("since_id=1574452695179534335");
        assertThat(server.requests().get(1).pathAndQuery())
                .contains("pagination_token=7140dibdnow9c7btw423hv9qw4l78it1roczd6anql1yu");
        assertThat(r.cursor().newestId()).isEqualTo("1578466218075312129");
        assertThat(r.posts())
                .noneSatisfy(p -> assertThat(p.text()).contains("&amp;").contains("&lt;"));
        assertThat(r.posts()).anySatisfy(p -> assertThat(p.text()).contains("&"));
    }

    @Test
    void referencedTweetsMarkRepliesAndFieldsAreRead() throws Exception {
        server.on("/2/users/2244994945/tweets", server.recorded("x", "tweet-lookup-all-fields.docs-example.json"));
        FetchResult r = connector("tok").fetch(source("2244994945"), Cursor.EMPTY);
        Post p = r.posts().get(0);
        assertThat(p.replyTo()).startsWith("x:");
        assertThat(p.lang()).isEqualTo("en");
        assertThat(p.publishedAt()).isNotNull();
    }

    @Test
    void withoutATokenTheSourceIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> connector(null).fetch(source("nytimes"), Cursor.EMPTY))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("DW_X_BEARER_TOKEN");
        assertThat(server.requests()).isEmpty();
    }
}
