package io.denialwatch.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTest {
    /** A clock the test moves. */
    private static final class Manual extends Clock {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void computesOncePerPeriod() {
        Manual clock = new Manual();
        AtomicInteger computed = new AtomicInteger();
        Recent<Integer> recent = new Recent<>(computed::incrementAndGet, Duration.ofSeconds(5), clock);
        assertThat(recent.get()).isEqualTo(1);
        clock.now = clock.now.plusSeconds(4);
        assertThat(recent.get()).isEqualTo(1);
        clock.now = clock.now.plusSeconds(1);
        assertThat(recent.get()).isEqualTo(2);
    }
}
