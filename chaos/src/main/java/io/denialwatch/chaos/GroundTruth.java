package io.denialwatch.chaos;

import io.denialwatch.common.model.Post;
import java.util.List;
import java.util.Set;

/**
 * What the generator made and what must come out of it: the watch list (as YAML), every post in
 * the order it is produced, and the id of every alert the pipeline owes for them.
 */
public record GroundTruth(String personsYaml, List<Post> posts, Set<String> expectedAlertIds) {
    public GroundTruth {
        posts = List.copyOf(posts);
        expectedAlertIds = Set.copyOf(expectedAlertIds);
    }
}
