package io.denialwatch.ingest.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jetstream against a local WebSocket server; the events are synthetic, in Jetstream's documented shape. */
class JetstreamConnectorTest {
    private static final String DID = "did:plc:exampleoffice";
    private final MockWebServer server = new MockWebServer();
    private final JetstreamConnector connector =
            new JetstreamConnector(TestHttp.client(), Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofSeconds(10));

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SourceDefinition source() {
        return new SourceDefinition(
                "js",
                SourceKind.JETSTREAM,
                "ws://127.0.0.1:" + server.getPort(),
                DID,
                AccountKind.OFFICIAL,
                null,
                null,
                true);
    }

    private void serve(String... events) {
        server.enqueue(new MockResponse.Builder()
                .webSocketUpgrade(new WebSocketListener() {
                    @Override
                    public void onOpen(WebSocket ws, Response response) {
                        for (String e : events) {
                            ws.send(e);
                        }
                    }

                    @Override
                    public void onClosing(WebSocket ws, int code, String reason) {
                        ws.close(1000, null); // answer the client's close so the server can shut down
                    }
                })
                .build());
    }

    private static String post(long timeUs, String rkey, String text, String extra) {
        return "{\"did\":\"" + DID + "\",\"time_us\":" + timeUs + ",\"kind\":\"commit\",\"commit\":{\"rev\":\"r\","
                + "\"operation\":\"create\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"" + rkey
                + "\",\"record\":{"
                + "\"$type\":\"app.bsky.feed.post\",\"createdAt\":\"2025-11-14T10:15:00.000Z\",\"langs\":[\"ar\"],"
                + "\"text\":\"" + text + "\"" + extra + "},\"cid\":\"c\"}}";
    }

    @Test
    void resumesFromTheCursorAndMarksRepliesAndReposts() throws Exception {
        String repost = "{\"did\":\"" + DID + "\",\"time_us\":1731579400000003,\"kind\":\"commit\",\"commit\":{"
                + "\"operation\":\"create\",\"collection\":\"app.bsky.feed.repost\",\"rkey\":\"rp1\",\"record\":{"
                + "\"subject\":{\"uri\":\"at://did:plc:tv/app.bsky.feed.post/abc\"},\"createdAt\":\"2025-11-14T10:20:00Z\"}}}";
        String delete = "{\"did\":\"" + DID + "\",\"time_us\":1731579400000004,\"kind\":\"commit\",\"commit\":{"
                + "\"operation\":\"delete\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"old\"}}";
        serve(
                post(1731579400000000L, "before", "replayed", ""),
                post(1731579400000001L, "p1", "نؤكد عدم صحة المعلومات", ""),
                post(
                        1731579400000002L,
                        "p2",
                        "see https://office.example.gov/x",
                        ",\"reply\":{\"root\":{\"uri\":\"at://" + DID
                                + "/app.bsky.feed.post/p1\"},\"parent\":{\"uri\":\"at://"
                                + DID + "/app.bsky.feed.post/p1\"}},\"facets\":[{\"features\":[{\"$type\":"
                                + "\"app.bsky.richtext.facet#link\",\"uri\":\"https://office.example.gov/x\"}]}]"),
                repost,
                delete,
                "{\"did\":\"" + DID + "\",\"time_us\":1731579400000005,\"kind\":\"identity\",\"identity\":{}}");
        FetchResult r = connector.fetch(source(), Cursor.EMPTY.withNewestId("1731579400000000"));

        RecordedRequest req = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(req.getTarget())
                .contains("wantedDids=" + DID)
                .contains("cursor=1731579400000000")
                .contains("wantedCollections=app.bsky.feed.post");
        List<Post> posts = r.posts();
        assertThat(posts)
                .extracting(Post::id)
                .containsExactly(
                        "bluesky:at://" + DID + "/app.bsky.feed.post/p1",
                        "bluesky:at://" + DID + "/app.bsky.feed.post/p2",
                        "bluesky:at://" + DID + "/app.bsky.feed.repost/rp1");
        assertThat(posts.get(0).text()).isEqualTo("نؤكد عدم صحة المعلومات");
        assertThat(posts.get(0).lang()).isEqualTo("ar");
        assertThat(posts.get(1).replyTo()).isEqualTo(posts.get(0).id());
        assertThat(posts.get(1).links()).containsExactly("https://office.example.gov/x");
        assertThat(posts.get(2).repostOf()).isEqualTo("bluesky:at://did:plc:tv/app.bsky.feed.post/abc");
        assertThat(r.cursor().newestId()).isEqualTo("1731579400000005");
    }

    @Test
    void aHandleThatIsNotADidIsRefused() {
        SourceDefinition s = new SourceDefinition(
                "js", SourceKind.JETSTREAM, "ws://127.0.0.1:1", "someone.bsky.social", null, null, null, true);
        assertThatThrownBy(() -> connector.fetch(s, Cursor.EMPTY))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("DID");
    }

    @Test
    void aPrivateJetstreamHostIsRefusedWithoutTheExemption() {
        SourceDefinition s =
                new SourceDefinition("js", SourceKind.JETSTREAM, "ws://10.0.0.7:6008", DID, null, null, null, true);
        assertThatThrownBy(() -> connector.fetch(s, Cursor.EMPTY))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("non-public");
    }
}
