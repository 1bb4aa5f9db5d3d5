package io.denialwatch.common.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A denial joined to the earlier stories about one person. Keyed on {@code dw.alerts} by
 * {@code alert_id}; a later {@code revision} replaces an earlier one.
 */
public record Alert(
        String alertId,
        int revision,
        PersonRef person,
        Denial denial,
        List<RankedStory> stories,
        Instant createdAt,
        List<String> flags,
        String note) {

    public static final String NO_STORY_YET = "no earlier story found yet";

    public Alert {
        stories = stories == null ? List.of() : List.copyOf(stories);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /**
     * Deterministic id of the alert for one (denial post, person) pair, so that reprocessing the
     * same post can only ever update the same alert.
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
