package io.denialwatch.stream.join;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A denial on its way to the join: the post and its analysis (the alert shows both), and what
 * the ranker compares stories on, worked out once before the repartition.
 *
 * @param outletIds outlets the denial names
 * @param enteredAt when the post entered the pipeline (null for a replay), carried into the alert
 *                  for the end-to-end latency
 */
public record DenialEvent(
        Post post,
        Analysis analysis,
        Set<String> terms,
        Set<String> outletIds,
        List<String> quotes,
        Instant enteredAt) {

    @JsonIgnore // derived, not part of the record
    public boolean isReported() {
        return analysis.denier() != null && "reported".equals(analysis.denier().kind());
    }
}
