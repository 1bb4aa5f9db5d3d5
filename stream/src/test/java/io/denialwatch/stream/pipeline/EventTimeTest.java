package io.denialwatch.stream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Post;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a post counts on the join's time line. */
class EventTimeTest {

    private static Post publishedAt(String at) {
        return new Post(
                "p1",
                "test",
                null,
                at == null ? null : Instant.parse(at),
                Instant.parse("2026-12-01T00:00:00Z"),
                null,
                "en",
                null,
                "text",
                List.of(),
                null,
                null,
                null);
    }

    @Test
    void aPostCountsWhenItWasPublished() {
        EventTime t = EventTime.of(publishedAt("2026-11-30T10:00:00Z"), Duration.ofMinutes(10), Instant.now());

        assertThat(t).isEqualTo(new EventTime(Instant.parse("2026-11-30T10:00:00Z"), false));
    }

    @Test
    void aPostFromBefore1970CountsAtTheEpochSinceKafkaRefusesNegativeTimestamps() {
        // a 1949 parliamentary statement in a replayed archive used to fail the stream task
        EventTime t = EventTime.of(publishedAt("1949-01-22T12:00:00Z"), Duration.ofMinutes(10), Instant.now());

        assertThat(t.at()).isEqualTo(Instant.EPOCH);
        assertThat(t.fromFetchedAt()).isFalse();
    }

    @Test
    void aPostDatedInTheFutureCountsWhenItWasFetched() {
        EventTime t = EventTime.of(publishedAt("2027-01-01T00:00:00Z"), Duration.ofMinutes(10), Instant.now());

        assertThat(t).isEqualTo(new EventTime(Instant.parse("2026-12-01T00:00:00Z"), true));
    }
}
