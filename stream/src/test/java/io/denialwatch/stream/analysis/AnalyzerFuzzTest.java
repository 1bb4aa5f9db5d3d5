package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Cue;
import io.denialwatch.common.model.Post;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The normaliser, the denial detector and the person resolver on any text and display name:
 * an analysis always comes back, its cue spans point inside the text, and every person it
 * names is on the watch list. The saved inputs under {@code AnalyzerFuzzTestInputs/} replay in
 * every build.
 */
class AnalyzerFuzzTest {
    private static final Gazetteer WATCH_LIST = Gazetteer.load(Path.of("../config/persons.yaml"));
    private static final MultilingualAnalyzer ANALYZER = new MultilingualAnalyzer(WATCH_LIST);

    /**
     * The input's first line is the author's display name, the rest the post's text: so a saved
     * input under {@code AnalyzerFuzzTestInputs/} is a readable text file.
     */
    @FuzzTest(maxDuration = "5m")
    void anyTextGivesABoundedAnalysis(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        int nl = input.indexOf('\n');
        String displayName = nl < 0 ? input : input.substring(0, nl);
        String text = nl < 0 ? "" : input.substring(nl + 1);
        Post post = new Post(
                "fuzz:1",
                null,
                null,
                Instant.EPOCH,
                null,
                new Account("x:fuzz", "fuzz", displayName, AccountKind.PERSON),
                null,
                null,
                text,
                null,
                null,
                null,
                null);

        Analysis a = ANALYZER.analyze(post);

        assertThat(a.postId()).isEqualTo("fuzz:1");
        assertThat(a.denialScore()).isBetween(0.0, 1.0);
        for (Cue c : a.cues()) {
            assertThat(c.start()).isBetween(-1, post.fullText().length());
            assertThat(c.end()).isBetween(c.start(), post.fullText().length());
        }
        assertThat(a.persons()).allMatch(p -> WATCH_LIST.person(p.id()) != null);
    }
}
