package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.stream.analysis.eval.EvalReport;
import io.denialwatch.stream.analysis.eval.Evaluator;
import io.denialwatch.stream.analysis.eval.LabelledPost;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic posts of eval/fixtures, written for this repository: unit fixtures that pin the
 * rules' intended behaviour on clear cases, not a measure (the real-text corpus is, eval/corpus).
 */
class SyntheticFixturesTest {

    private static final Path EVAL = Path.of("..", "eval", "fixtures");

    @Test
    void syntheticFixturesScoreAtLeastPointNinePerLanguage() {
        EvalReport report = run("synthetic-denials.jsonl");

        for (String lang : List.of("ar", "en", "fr")) {
            assertThat(report.perLanguage().get(lang).f1())
                    .as("F1 %s; errors %s", lang, report.errors())
                    .isGreaterThanOrEqualTo(0.90);
        }
        assertThat(report.personRecall())
                .as("person recall; errors %s", report.errors())
                .isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void syntheticFixturesAreBigAndHardEnough() {
        List<LabelledPost> items = LabelledPost.read(EVAL.resolve("synthetic-denials.jsonl"));
        assertThat(items).hasSizeGreaterThanOrEqualTo(240);
        for (String lang : List.of("ar", "en", "fr")) {
            assertThat(items.stream().filter(i -> lang.equals(i.post().lang()))).hasSizeGreaterThanOrEqualTo(70);
        }
        assertThat(items.stream().filter(i -> !i.isDenial()).count()).isGreaterThanOrEqualTo(items.size() * 4L / 10);
    }

    static EvalReport run(String file) {
        Gazetteer persons = Gazetteer.load(EVAL.resolve("persons-latin.yaml"));
        List<LabelledPost> items = LabelledPost.read(EVAL.resolve(file));
        EvalReport report = Evaluator.evaluate(new MultilingualAnalyzer(persons), items, false);
        System.out.println(file + "\n" + Evaluator.format(report));
        return report;
    }
}
