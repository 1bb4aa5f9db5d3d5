package io.denialwatch.sink.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Denial;
import io.denialwatch.sink.Alerts;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AlertLatencyTest {
    private static final Instant START = Instant.parse("2026-01-10T12:00:00Z");

    /** A first revision created after the sink started, of a post published a year ago that entered at {@code entered}. */
    private static Alert alert(String id, Instant entered) {
        Alert a =
                Alerts.alert(id, 1, "p", "P", "en", "I deny it", "P", "Outlet", 0.9, START.minus(Duration.ofDays(365)));
        Denial d = a.denial();
        return new Alert(
                a.alertId(),
                1,
                a.person(),
                new Denial(d.postId(), d.post(), d.denier(), d.cues(), d.score(), d.lang(), d.outlets(), entered),
                a.stories(),
                START.plusSeconds(1),
                a.flags(),
                a.note());
    }

    @Test
    void measuresFromWhenThePostEnteredToTheMillisecondAndLeavesReplaysOut() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Instant[] now = {START};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        AlertLatency latency = new AlertLatency(registry, clock);
        Timer timer =
                registry.get("dw.sink.alert.latency").tag("since", "entered").timer();

        now[0] = START.plusMillis(1_250);
        latency.written(alert("live", START.plusSeconds(1)));
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(250.0);

        latency.written(alert("replayed", null)); // a replay carries no entry time, only a year-old published_at
        latency.written(alert("reprocessed", START.minusSeconds(60))); // entered before this sink started
        assertThat(timer.count()).isEqualTo(1);
        assertThat(registry.find("dw.sink.alert.latency")
                        .tag("since", "published_at")
                        .timer())
                .isNull();
    }
}
