package io.denialwatch.ingest.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.denialwatch.ingest.http.HttpResponse;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import java.time.Instant;
import okhttp3.Headers;

/**
 * Whatever a feed URL answers, the feed reader gives items (posts or refusals) or a parse error
 * with its reason; nothing else escapes, so one broken source never stops a worker. Saved inputs under
 * {@code FeedParseFuzzTestInputs/} replay in every build.
 */
class FeedParseFuzzTest {
    private static final SourceDefinition SOURCE =
            SourceDefinition.adHoc(SourceKind.RSS, "http://127.0.0.1/feed.xml", null);

    @FuzzTest(maxDuration = "5m")
    void anyBodyGivesAFeedOrAParseError(byte[] body) {
        HttpResponse response = new HttpResponse(
                200, Headers.of("Content-Type", "application/rss+xml"), body, "http://127.0.0.1/feed.xml", null, 1);
        try {
            assertThat(FeedConnector.items(SOURCE, response, Instant.EPOCH.plusSeconds(1_000_000_000L)))
                    .isNotNull();
        } catch (FetchException e) {
            assertThat(e.getMessage()).startsWith("not a well-formed feed at http://127.0.0.1/feed.xml");
        }
    }
}
