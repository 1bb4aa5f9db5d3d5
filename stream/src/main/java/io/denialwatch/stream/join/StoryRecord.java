package io.denialwatch.stream.join;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the story index keeps of a candidate story: enough to rank it and to show it on the desk,
 * not the whole post.
 *
 * @param outletIds outlets the story comes from (its account) or names in its text
 * @param terms     normalised content terms, numbers and concepts ({@link Terms}), names excepted. The
 *                  story index files them as hashes in the story's {@link StoryFeatures}, not in
 *                  its encoded record: a record read back from the index has none
 * @param names     the words that may be names, by script-tagged skeleton ({@code ka:krtm} →
 *                  {@code خرطوم}), kept apart so a denial's names are looked up across scripts
 *                  without taking every term apart
 * @param sourceKind what published it: {@code outlet} (a news outlet's account or one in the
 *                   gazetteer), {@code official} or {@code person}; null for a story filed by an
 *                   earlier version, read as an outlet's as it was then. Only an outlet's story is
 *                   a "report by" on the card
 */
public record StoryRecord(
        String postId,
        String url,
        String outlet,
        Set<String> outletIds,
        Instant publishedAt,
        String lang,
        String title,
        String text,
        Set<String> terms,
        Map<String, String> names,
        List<String> quotes,
        boolean repost,
        String personHow,
        String sourceKind) {

    /** A story whose publisher is not known (tests, benchmarks): read as an outlet's. */
    public StoryRecord(
            String postId,
            String url,
            String outlet,
            Set<String> outletIds,
            Instant publishedAt,
            String lang,
            String title,
            String text,
            Set<String> terms,
            Map<String, String> names,
            List<String> quotes,
            boolean repost,
            String personHow) {
        this(
                postId,
                url,
                outlet,
                outletIds,
                publishedAt,
                lang,
                title,
                text,
                terms,
                names,
                quotes,
                repost,
                personHow,
                null);
    }

    /** This record as the story index encodes it after its features: its terms are in those. */
    StoryRecord withoutTerms() {
        return new StoryRecord(
                postId,
                url,
                outlet,
                outletIds,
                publishedAt,
                lang,
                title,
                text,
                Set.of(),
                names,
                quotes,
                repost,
                personHow,
                sourceKind);
    }

    public StoryRecord withPersonHow(String how) {
        return new StoryRecord(
                postId,
                url,
                outlet,
                outletIds,
                publishedAt,
                lang,
                title,
                text,
                terms,
                names,
                quotes,
                repost,
                how,
                sourceKind);
    }
}
