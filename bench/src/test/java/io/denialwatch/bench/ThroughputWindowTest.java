package io.denialwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.bench.ThroughputRun.Mark;
import org.junit.jupiter.api.Test;

/** Where the throughput window opens, so that a run always measures some posts. */
class ThroughputWindowTest {
    private static Mark at(long seconds, long committed) {
        return new Mark(new ProcessMeter.Reading(seconds * 1_000_000_000L, 0, 0), committed);
    }

    private final Mark origin = at(0, 0);

    @Test
    void aRunThatCommitsAfterItsWarmUpIsMeasuredFromThere() {
        assertThat(ThroughputRun.windowStart(3000, origin, at(2, 100), at(3, 700)))
                .isEqualTo(at(3, 700));
    }

    @Test
    void aRunWithNoCommitAfterItsWarmUpIsMeasuredFromItsFirstCommit() {
        assertThat(ThroughputRun.windowStart(3000, origin, at(2, 100), at(3, 3000)))
                .isEqualTo(at(2, 100));
    }

    @Test
    void aRunWhoseFirstCommitCoveredEveryPostIsMeasuredFromItsStart() {
        Mark all = at(4, 3000);
        assertThat(ThroughputRun.windowStart(3000, origin, all, all)).isEqualTo(origin);
    }
}
