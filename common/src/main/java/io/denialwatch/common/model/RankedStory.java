package io.denialwatch.common.model;

import java.time.Instant;
import java.util.List;

/** An earlier story that a denial may answer, with its rank score and the reasons for it. */
public record RankedStory(
        String postId,
        String url,
        String outlet,
        Instant publishedAt,
        double score,
        List<String> reasons,
        String lang,
        String title,
        String text) {

    public RankedStory {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
