package io.denialwatch.stream.join;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the story index keeps of a candidate story: enough to rank it and to show it on the desk,
 * not the whole post.
 *
 * @param outletIds outlets the story comes from (its account) or names in its text
 * @param terms     normalised content terms, numbers and concepts ({@link Terms})
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
        List<String> quotes,
        boolean repost,
        String personHow) {
}
