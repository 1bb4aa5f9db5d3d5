package io.denialwatch.stream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.config.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every window the topology keeps is a setting: none is fixed in the code. */
class StreamSettingsTest {

    @Test
    void theTwoWindowsThatWereFixedAreSettingsWithTheSameDefaults() {
        StreamSettings defaults = StreamSettings.defaults();
        assertThat(defaults.futureSkew()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.foldReported()).isEqualTo(Duration.ofHours(72));

        StreamSettings set = StreamSettings.from(
                Settings.load(null, Map.of("DW_STREAM_FUTURE_SKEW", "0s", "DW_STREAM_FOLD_REPORTED", "24h"), Map.of()));
        assertThat(set.futureSkew()).isZero();
        assertThat(set.foldReported()).isEqualTo(Duration.ofHours(24));
        assertThat(set.lookback()).isEqualTo(Duration.ofDays(14));
    }
}
