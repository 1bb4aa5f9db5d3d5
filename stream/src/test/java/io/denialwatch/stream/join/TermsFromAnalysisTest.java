package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.analysis.TokenizedAnalysis;
import io.denialwatch.stream.analysis.eval.LabelledPost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The join takes its terms from the tokens the analysis read, not from a second pass over the
 * text: on the labelled sets of eval/, they are the same terms, in the same order.
 */
class TermsFromAnalysisTest {
    private static final Path EVAL = Path.of("..", "eval", "fixtures");

    @Test
    void theAnalysisTokensGiveTheTermsOfTheText() {
        MultilingualAnalyzer analyzer = new MultilingualAnalyzer(Gazetteer.load(EVAL.resolve("persons-latin.yaml")));
        Terms terms = Terms.bundled();
        List<Post> posts = new ArrayList<>();
        for (String file : List.of("synthetic-denials.jsonl", "synthetic-denials-2.jsonl")) {
            LabelledPost.read(EVAL.resolve(file)).forEach(i -> posts.add(i.post()));
        }
        int compared = 0;
        for (Post p : posts) {
            for (boolean whole : new boolean[] {true, false}) {
                TokenizedAnalysis a = analyzer.analyzeTokenized(p, whole);
                assertThat(a.analysis()).isEqualTo(whole ? analyzer.analyze(p) : analyzer.analyzeForJoin(p));
                assertThat(a.tokens()).as(p.id()).isNotNull();
                assertThat(List.copyOf(terms.of(a.tokens()))).as(p.id()).isEqualTo(List.copyOf(terms.of(p.fullText())));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }
}
