package io.denialwatch.common.model;

import java.util.List;

/** The denying post inside an alert, with who denies and why it counts as a denial. */
public record Denial(String postId, Post post, Denier denier, List<Cue> cues, double score, String lang,
        List<OutletMention> outlets) {

    public Denial {
        cues = cues == null ? List.of() : List.copyOf(cues);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }
}
