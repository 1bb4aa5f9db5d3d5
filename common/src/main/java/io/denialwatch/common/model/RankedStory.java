package io.denialwatch.common.model;

import java.time.Instant;
import java.util.List;

/**
 * An earlier story that a denial may answer, with its rank score and the reasons for it.
 *
 * @param foundUnder the watched entities of the denial it was found under ({@code id} and {@code
 *                   name}); absent in alerts made before a denial's stories were ranked once
 */
public record RankedStory(
        String postId,
        String url,
        String outlet,
        Instant publishedAt,
        double score,
        List<String> reasons,
        String lang,
        String title,
        String text,
        List<PersonRef> foundUnder) {

    public RankedStory {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        foundUnder = foundUnder == null || foundUnder.isEmpty() ? null : List.copyOf(foundUnder);
    }

    /** A story ranked for one watched entity, before it is told which. */
    public RankedStory(
            String postId,
            String url,
            String outlet,
            Instant publishedAt,
            double score,
            List<String> reasons,
            String lang,
            String title,
            String text) {
        this(postId, url, outlet, publishedAt, score, reasons, lang, title, text, null);
    }
}
