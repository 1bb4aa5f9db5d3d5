package io.denialwatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressDeadlineTest {
    private Instant now = Instant.parse("2026-01-10T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aSlowRunThatKeepsProgressingOutlastsTheStallWindow() {
        ProgressDeadline wait = new ProgressDeadline(Duration.ofSeconds(60), Duration.ofMinutes(10), clock);
        for (int alerts = 1; alerts <= 5; alerts++) {
            now = now.plusSeconds(50); // slow: 250 s in all, four times a fixed 60 s deadline
            assertThat(wait.worthWaiting(alerts)).isTrue();
        }
        now = now.plusSeconds(59);
        assertThat(wait.worthWaiting(5)).isTrue();
        now = now.plusSeconds(2);
        assertThat(wait.worthWaiting(5)).as("nothing new for 61 s").isFalse();
        assertThat(wait.why()).isEqualTo("no progress for 60 s (at 5)");
    }

    @Test
    void theCapHoldsWhateverHappens() {
        ProgressDeadline wait = new ProgressDeadline(Duration.ofSeconds(60), Duration.ofSeconds(100), clock);
        now = now.plusSeconds(50);
        assertThat(wait.worthWaiting(1)).isTrue();
        now = now.plusSeconds(51);
        assertThat(wait.worthWaiting(2)).isFalse();
        assertThat(wait.why()).startsWith("still progressing");
    }
}
