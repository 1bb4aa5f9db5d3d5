package io.denialwatch.ingest.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.denialwatch.common.model.AccountKind;
import java.time.Duration;
import java.util.Objects;

/**
 * One watched source, as {@code config/sources.yaml} declares it and {@code dw.sources} carries it.
 *
 * @param id           stable name of the source; the key in {@code dw.sources}, cursors and health
 * @param kind         which connector polls it
 * @param url          feed URL, or the API base (Mastodon server, Bluesky AppView, X API, {@code t.me})
 * @param handle       account on the platform (Mastodon acct, Bluesky handle or DID, Telegram channel,
 *                     X username or numeric id); {@code null} for feeds
 * @param accountKind  outlet, official or person
 * @param owner        the person or organisation the account speaks for, as the gazetteer names them
 * @param pollInterval how often to poll; {@code null} takes the kind's default
 * @param enabled      disabled sources stay listed but are not polled
 */
public record SourceDefinition(
        String id,
        SourceKind kind,
        String url,
        String handle,
        AccountKind accountKind,
        String owner,
        Duration pollInterval,
        boolean enabled) {

    /** Reads cost money on X and Mastodon throttles paging per IP, so those default to slower polls. */
    public static Duration defaultInterval(SourceKind kind) {
        return switch (kind) {
            case X -> Duration.ofMinutes(15);
            // a Jetstream poll is a cheap resume from the cursor, so it can run often: near-live
            case JETSTREAM -> Duration.ofSeconds(30);
            default -> Duration.ofMinutes(5);
        };
    }

    public SourceDefinition {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a source needs an id");
        }
    }

    @JsonIgnore
    public Duration effectiveInterval() {
        return pollInterval != null ? pollInterval : defaultInterval(kind);
    }

    /** A definition for polling one URL once, as the {@code fetch} command does. */
    public static SourceDefinition adHoc(SourceKind kind, String url, String handle) {
        String id = kind.id() + ":" + (handle != null ? handle : url);
        return new SourceDefinition(id, kind, url, handle, null, null, null, true);
    }
}
