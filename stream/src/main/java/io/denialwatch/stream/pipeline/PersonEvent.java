package io.denialwatch.stream.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.denialwatch.stream.join.DenialEvent;
import io.denialwatch.stream.join.StoryRecord;
import java.time.Instant;

/**
 * An analysed post as seen by one person it concerns: the unit the join works on, keyed by
 * person id so that a person's stories and denials meet in one task. It carries only what the
 * join needs, prepared before the repartition: a story exactly as the story index keeps it, or
 * a denial with what its alert shows. Exactly one of {@code story} and {@code denial} is set.
 */
public record PersonEvent(String personId, Instant eventTime, boolean timeFromFetchedAt, StoryRecord story,
        DenialEvent denial) {

    @JsonIgnore // derived, not part of the record
    public boolean isDenial() {
        return denial != null;
    }

    /** The post the event is about. */
    public String postId() {
        return denial != null ? denial.post().id() : story.postId();
    }
}
