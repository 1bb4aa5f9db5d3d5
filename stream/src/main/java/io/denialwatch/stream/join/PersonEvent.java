package io.denialwatch.stream.join;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * An analysed post as seen by one person it concerns: the unit the join works on, keyed by
 * person id so that a person's stories and denials meet in one task. It carries only what the
 * join needs, prepared before the repartition: a {@link Story} exactly as the story index keeps
 * it, or a {@link Denial} with what its alert shows.
 *
 * <p>On the wire each kind is told by the field it has ({@code story} or {@code denial}), so the
 * records written before the two kinds were types of their own still read.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(PersonEvent.Story.class), @JsonSubTypes.Type(PersonEvent.Denial.class)})
public sealed interface PersonEvent {

    String personId();

    /**
     * The post the event is about, beside the story's bytes so that filing a story needs no
     * decoding (missing from records of earlier versions: then read from the story or the denial).
     */
    String postId();

    Instant eventTime();

    boolean timeFromFetchedAt();

    /** A story about the person, as the story index keeps it. */
    record Story(String personId, String postId, Instant eventTime, boolean timeFromFetchedAt, EncodedStory story)
            implements PersonEvent {
        public Story {
            if (postId == null) {
                postId = story.record().postId();
            }
        }
    }

    /** A denial by or about the person. */
    record Denial(String personId, String postId, Instant eventTime, boolean timeFromFetchedAt, DenialEvent denial)
            implements PersonEvent {
        public Denial {
            if (postId == null) {
                postId = denial.post().id();
            }
        }
    }
}
