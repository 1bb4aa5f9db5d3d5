package io.denialwatch.common.model;

import java.time.Instant;
import java.util.List;

/**
 * The denying post inside an alert, with who denies and why it counts as a denial.
 *
 * @param enteredAt when the post entered the pipeline ({@code dw.posts}' append time, to the
 *                  millisecond); absent for a replayed post. The end-to-end latency counts from it.
 */
public record Denial(
        String postId,
        Post post,
        Denier denier,
        List<Cue> cues,
        double score,
        String lang,
        List<OutletMention> outlets,
        Instant enteredAt) {

    public Denial {
        cues = cues == null ? List.of() : List.copyOf(cues);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }

    /** A denial with no entry time: a replayed post, or one built by hand. */
    public Denial(
            String postId,
            Post post,
            Denier denier,
            List<Cue> cues,
            double score,
            String lang,
            List<OutletMention> outlets) {
        this(postId, post, denier, cues, score, lang, outlets, null);
    }
}
