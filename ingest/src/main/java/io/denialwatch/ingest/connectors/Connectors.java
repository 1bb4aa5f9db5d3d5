package io.denialwatch.ingest.connectors;

import io.denialwatch.ingest.http.PoliteHttpClient;
import io.denialwatch.ingest.model.SourceKind;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** One connector per source kind, all sharing one polite HTTP client. */
public final class Connectors {
    public static final String X_TOKEN_ENV = "DW_X_BEARER_TOKEN";

    private final Map<SourceKind, SourceConnector> byKind = new EnumMap<>(SourceKind.class);

    public Connectors(PoliteHttpClient http, Clock clock, Supplier<String> xBearerToken) {
        FeedConnector feeds = new FeedConnector(http, clock);
        byKind.put(SourceKind.RSS, feeds);
        byKind.put(SourceKind.ATOM, feeds);
        byKind.put(SourceKind.YOUTUBE, feeds);
        byKind.put(SourceKind.JSONFEED, new JsonFeedConnector(http, clock));
        byKind.put(SourceKind.MASTODON, new MastodonConnector(http, clock));
        byKind.put(SourceKind.BLUESKY, new BlueskyConnector(http, clock));
        byKind.put(SourceKind.JETSTREAM, new JetstreamConnector(http, clock));
        byKind.put(SourceKind.TELEGRAM, new TelegramConnector(http, clock));
        byKind.put(SourceKind.X, new XConnector(http, clock, xBearerToken));
    }

    /** The token is read when needed, never stored in a source definition or logged. */
    public static Supplier<String> xTokenFromEnvironment() {
        return () -> System.getenv(X_TOKEN_ENV);
    }

    public SourceConnector forKind(SourceKind kind) {
        return byKind.get(kind);
    }
}
