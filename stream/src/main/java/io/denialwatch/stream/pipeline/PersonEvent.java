package io.denialwatch.stream.pipeline;

import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;
import java.time.Instant;

/**
 * An analysed post as seen by one person it concerns: the unit the join works on, keyed by
 * person id so that a person's stories and denials meet in one task.
 */
public record PersonEvent(String personId, Post post, Analysis analysis, Instant eventTime, boolean timeFromFetchedAt) {
}
