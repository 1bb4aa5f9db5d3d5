package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code denialwatch bench}, shrunk to seconds: it measures the topologies, the path end to end
 * through the sink and its PostgreSQL store, and ends with its JSON line.
 */
class BenchCommandTest {
    private static final Pattern LOG_LINE = Pattern.compile("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ");

    @TempDir
    Path dir;

    @Test
    // enough posts that the pass-through run commits more than once: with a handful it can drain
    // before its first commit and measure nothing
    // 300 posts/s for 3 s: about nine denials in each latency run's window, so each row measures some
    void aTinyBenchMeasuresTheTopologiesAndTheSinkAndEndsWithTheHeadlineJson() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            code = Main.run(
                    "bench",
                    "--quick",
                    "--persons",
                    "100",
                    "--partitions",
                    "2",
                    "--posts",
                    "3000",
                    "--max-seconds",
                    "6",
                    "--loads",
                    "300",
                    "--load-seconds",
                    "3",
                    "--sweep-posts",
                    "100",
                    "--sweeps",
                    "none",
                    "--data-dir",
                    dir.toString());
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        original.print(out);
        assertThat(code).isZero();
        // the command's own lines; the test's log lines go to the same stream
        List<String> lines = out.lines()
                .filter(l -> !l.isBlank() && !LOG_LINE.matcher(l).lookingAt())
                .toList();
        JsonNode headline = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(headline.isObject()).isTrue();
        assertThat(headline.fieldNames())
                .toIterable()
                .containsExactly(
                        "posts_per_s",
                        "passthrough_posts_per_s",
                        "ratio",
                        "p99_ms_at_5000",
                        "heap_mb",
                        "skeleton_posts_per_s",
                        "skeleton_ratio",
                        "e2e_p99_ms_at_5000",
                        "e2e_path",
                        "e2e_p50_ms_at_5000");
        assertThat(headline.get("posts_per_s").asDouble()).isPositive();
        assertThat(headline.get("passthrough_posts_per_s").asDouble()).isPositive();
        assertThat(headline.get("ratio").asDouble()).isPositive();
        assertThat(headline.get("p99_ms_at_5000").isNull()).isTrue(); // 5,000 posts/s was not among the loads
        assertThat(headline.get("heap_mb").asLong()).isPositive();
        assertThat(headline.get("skeleton_posts_per_s").asDouble()).isPositive();
        // ours against the skeleton measured over the same posts in the same run; the rates are
        // printed rounded to whole posts, so a tiny run's ratio is checked against them within
        // what that rounding (and the ratio's own to three places) can move it
        double ours = headline.get("posts_per_s").asDouble();
        double skeleton = headline.get("skeleton_posts_per_s").asDouble();
        double ratio = ours / skeleton;
        assertThat(headline.get("skeleton_ratio").asDouble())
                .isCloseTo(ratio, within(ratio * (0.5 / ours + 0.5 / skeleton) + 0.0005));
        assertThat(headline.get("e2e_p99_ms_at_5000").isNull()).isTrue();
        assertThat(headline.get("e2e_p50_ms_at_5000").isNull()).isTrue();
        assertThat(headline.get("e2e_path").asText())
                .contains("dw.posts", "sink's API (GET /api/alerts", "PostgreSQL", "(embedded)");
        assertThat(out).contains("| pass-through", "| denialwatch (DenialTopology", "Machine: ");
        // the skeleton ran over the same posts, drained, and filed what it was given
        assertThat(out)
                .containsPattern(
                        "(?m)^\\| skeleton \\([^|]*\\) \\| \\d+ \\| [\\d.]+ \\| \\d+ \\| yes \\|.*\\| [1-9]\\d* \\| [\\d.]+ \\|$");
        // the one latency run saw the alert of every denial produced in its window
        assertThat(out).containsPattern("\\| 300 \\| \\d+ \\| [1-9]\\d* \\| 0 \\|");
        // and so did the skeleton's, at the one load it is measured at
        assertThat(out).containsPattern("\\| 300, skeleton \\| \\d+ \\| [1-9]\\d* \\| 0 \\|");
        // end to end at that load: every alert was read back from the sink's API, stored in a real
        // PostgreSQL, and seen on dw.alerts in the same run
        assertThat(out)
                .containsPattern(
                        "\\| 300, sink API, PostgreSQL \\d+\\.\\d+ \\(embedded\\) \\| \\d+ \\| [1-9]\\d* \\| 0 \\|")
                .containsPattern("\\| 300, dw.alerts, same run \\| \\d+ \\| [1-9]\\d* \\| 0 \\|");
    }

    @Test
    void aPostgresServerGivenAsSomethingElseThanAJdbcUrlIsAUsageError() {
        assertThat(Main.run("bench", "--postgres", "localhost:5432", "--data-dir", dir.toString()))
                .isEqualTo(2);
    }

    @Test
    void anUnknownSweepIsAUsageError() {
        assertThat(Main.run("bench", "--sweeps", "everything")).isEqualTo(2);
    }
}
