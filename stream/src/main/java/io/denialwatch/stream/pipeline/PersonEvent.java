package io.denialwatch.stream.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.denialwatch.stream.join.DenialEvent;
import io.denialwatch.stream.join.EncodedStory;
import java.time.Instant;

/**
 * An analysed post as seen by one person it concerns: the unit the join works on, keyed by
 * person id so that a person's stories and denials meet in one task. It carries only what the
 * join needs, prepared before the repartition: a story exactly as the story index keeps it, or
 * a denial with what its alert shows. Exactly one of {@code story} and {@code denial} is set.
 *
 * @param postId the post the event is about, beside the story's bytes so that filing a story
 *               needs no decoding (missing from records of earlier versions: then read from
 *               the story or the denial)
 */
public record PersonEvent(
        String personId,
        String postId,
        Instant eventTime,
        boolean timeFromFetchedAt,
        EncodedStory story,
        DenialEvent denial) {

    public PersonEvent {
        if (postId == null) {
            postId = denial != null ? denial.post().id() : story.record().postId();
        }
    }

    @JsonIgnore // derived, not part of the record
    public boolean isDenial() {
        return denial != null;
    }
}
