package io.denialwatch.common.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A denial joined to the earlier stories about the watched entities it concerns, ranked together. Keyed on {@code dw.alerts} by
 * {@code alert_id}; a later {@code revision} replaces an earlier one.
 *
 * @param held       set on revision 0, the provisional alert of a news report of a denial held for
 *                   the first-hand denial: why, and until when
 * @param foldedInto the id of the first-hand denial's alert a held report was folded into: it is
 *                   no alert of its own
 * @param alsoConcerns the other watched entities the denial concerns (its stories were ranked
 *                   together with {@code person}'s), each with how; absent when there are none
 */
public record Alert(
        String alertId,
        int revision,
        PersonRef person,
        Denial denial,
        List<RankedStory> stories,
        Instant createdAt,
        List<String> flags,
        String note,
        Held held,
        String foldedInto,
        List<PersonRef> alsoConcerns) {

    public static final String NO_STORY_YET = "no earlier story found yet";

    public Alert {
        stories = stories == null ? List.of() : List.copyOf(stories);
        flags = flags == null ? List.of() : List.copyOf(flags);
        alsoConcerns = alsoConcerns == null || alsoConcerns.isEmpty() ? null : List.copyOf(alsoConcerns);
    }

    /** An alert about one watched entity only. */
    public Alert(
            String alertId,
            int revision,
            PersonRef person,
            Denial denial,
            List<RankedStory> stories,
            Instant createdAt,
            List<String> flags,
            String note,
            Held held,
            String foldedInto) {
        this(alertId, revision, person, denial, stories, createdAt, flags, note, held, foldedInto, null);
    }

    /** An alert that is neither held nor folded: what the desk acts on. */
    public Alert(
            String alertId,
            int revision,
            PersonRef person,
            Denial denial,
            List<RankedStory> stories,
            Instant createdAt,
            List<String> flags,
            String note) {
        this(alertId, revision, person, denial, stories, createdAt, flags, note, null, null, null);
    }

    /** Whether this is an alert of its own: not a held report's provisional one, nor one folded into another. */
    @JsonIgnore
    public boolean standsAlone() {
        return held == null && foldedInto == null;
    }

    /** This alert for a denial that also concerns {@code others}, ranked together. */
    public Alert alsoConcerning(List<PersonRef> others) {
        return new Alert(alertId, revision, person, denial, stories, createdAt, flags, note, held, foldedInto, others);
    }

    /** Whether the denial concerns the watched entity {@code entityId}: the alert's person or one it also concerns. */
    public boolean concerns(String entityId) {
        return person.id().equals(entityId)
                || alsoConcerns != null && alsoConcerns.stream().anyMatch(p -> p.id().equals(entityId));
    }

    /**
     * Deterministic id of the alert of one denial post, from the first watched entity it concerns
     * (in the analysis's order), so that reprocessing the same post can only ever update the same
     * alert.
     */
    public static String idFor(String denialPostId, String personId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((denialPostId + "\u0000" + personId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
