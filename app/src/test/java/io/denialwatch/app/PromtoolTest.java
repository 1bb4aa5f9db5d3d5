package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without promtool, the ops tests leave out the metrics check only, and go on with their Kafka assertions. */
class PromtoolTest {
    private static final String SCRAPE = "# HELP x_total x\n# TYPE x_total counter\nx_total 1\n";

    @Test
    void aMissingPromtoolSkipsTheCheckNotTheTest() {
        assertThatCode(() -> Promtool.checkMetrics("demo", SCRAPE, Map.of("PATH", "/nonexistent")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Promtool.checkMetrics("demo", SCRAPE, Map.of("PATH", "/nonexistent", "CI", "true")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("promtool is not installed");
    }
}
