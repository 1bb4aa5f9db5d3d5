package io.denialwatch.ingest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of source denialwatch can poll; each has one connector ({@code connectors.SourceConnector}). */
public enum SourceKind {
    /** RSS 0.9x/1.0/2.0 or Atom 1.0: Rome tells them apart, so one kind covers both. */
    RSS,
    ATOM,
    YOUTUBE,
    JSONFEED,
    MASTODON,
    BLUESKY,
    /** Bluesky's Jetstream firehose, filtered to the source's DID, resumed from the saved {@code time_us}. */
    JETSTREAM,
    TELEGRAM,
    X;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SourceKind parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("source kind is missing");
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (SourceKind k : values()) {
            if (k.id().equals(t)) {
                return k;
            }
        }
        if (t.equals("twitter")) {
            return X;
        }
        throw new IllegalArgumentException("unknown source kind '" + text + "'; known: rss, atom, youtube, jsonfeed,"
                + " mastodon, bluesky, jetstream, telegram, x");
    }
}
