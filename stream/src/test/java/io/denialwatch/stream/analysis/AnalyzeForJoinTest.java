package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.eval.LabelledPost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The join's analysis skips cue and outlet matching for posts that concern no watched person,
 * and is the whole analysis for every other post (the labelled sets of eval/).
 */
class AnalyzeForJoinTest {
    private static final Path EVAL = Path.of("..", "eval", "fixtures");

    @Test
    void postsAboutSomeoneGetTheWholeAnalysisAndTheRestNoPersons() {
        MultilingualAnalyzer analyzer = new MultilingualAnalyzer(Gazetteer.load(EVAL.resolve("persons-latin.yaml")));
        List<Post> posts = new ArrayList<>();
        for (String file : List.of("synthetic-denials.jsonl", "synthetic-denials-2.jsonl")) {
            LabelledPost.read(EVAL.resolve(file)).forEach(i -> posts.add(i.post()));
        }
        int skipped = 0;
        int skippedDenials = 0;
        for (Post p : posts) {
            Analysis whole = analyzer.analyze(p);
            Analysis forJoin = analyzer.analyzeForJoin(p);
            if (!whole.persons().isEmpty()) {
                assertThat(forJoin).as(p.id()).isEqualTo(whole);
            } else {
                assertThat(forJoin.persons()).as(p.id()).isEmpty();
                assertThat(forJoin.cues()).as("matching skipped for %s", p.id()).isEmpty();
                skipped++;
                skippedDenials += whole.isDenial() ? 1 : 0;
            }
        }
        // the sets hold both kinds, and denials about no watched person among the skipped
        assertThat(skipped).isBetween(1, posts.size() - 1);
        assertThat(skippedDenials).isPositive();
    }
}
