package io.denialwatch.ingest.connectors;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.http.HttpPolicy;
import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

/** What the {@code fetch} command does: poll one source once, from scratch, and write its posts as JSONL. */
public final class OneShotFetch {
    private OneShotFetch() {}

    public static List<Post> fetch(SourceKind kind, String url, String handle, HttpPolicy policy)
            throws FetchException {
        PoliteHttpClient http = new PoliteHttpClient(policy, new SimpleMeterRegistry());
        try {
            Clock clock = Clock.systemUTC();
            SourcePoller poller = SourcePoller.overAllConnectors(http, new SimpleMeterRegistry(), clock);
            return poller.poll(SourceDefinition.adHoc(kind, url, handle), Cursor.EMPTY)
                    .posts();
        } finally {
            http.close();
        }
    }

    public static void writeJsonl(List<Post> posts, OutputStream out) throws IOException {
        for (Post p : posts) {
            out.write(Json.writeBytes(p));
            out.write('\n');
        }
        out.flush();
    }

    public static String jsonl(List<Post> posts) {
        StringBuilder b = new StringBuilder();
        posts.forEach(p -> b.append(Json.write(p)).append('\n'));
        return b.toString();
    }
}
