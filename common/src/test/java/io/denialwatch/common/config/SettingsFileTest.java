package io.denialwatch.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.denialwatch.common.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration file is read as strictly as the watch list: nothing in it is silently ignored. */
class SettingsFileTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("denialwatch.yaml"), yaml);
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsLineAndTheClosestKnownKey() throws IOException {
        Path f = file("stream:\n  lookback: 7d\n  lookbak: 3d\n");
        assertThatThrownBy(() -> Settings.load(f, Map.of(), Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessage(f + ":3: unknown key 'stream.lookbak'; did you mean 'stream.lookback'? "
                        + "(docs/operations.md lists every key)");
    }

    @Test
    void yesIsNotABooleanAndANumberMustBeANumber() throws IOException {
        Path f = file("ingest:\n  http:\n    allow:\n      private:\n        addresses: yes\n");
        assertThatThrownBy(() -> Settings.load(f, Map.of(), Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessage(f + ":5: ingest.http.allow.private.addresses must be true or false, not 'yes'");
        Path g = file("topics.partitions: six\nstream.lookback: 2x\n");
        assertThatThrownBy(() -> Settings.load(g, Map.of(), Map.of()))
                .hasMessage(g + ":1: topics.partitions must be a whole number, not 'six' (and 1 more)");
    }

    @Test
    void environmentValuesAreCheckedToo() {
        assertThatThrownBy(() -> Settings.load(null, Map.of("DW_STREAM_LOOKBACK", "2x"), Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessage(
                        "DW_STREAM_LOOKBACK: stream.lookback must be a duration like 14d, 48h, 30s, 100ms or P14D, not '2x'");
    }

    @Test
    void aGoodFileStillLoadsWithKafkaPassThroughKeys() throws IOException {
        Path f = file("""
                kafka:
                  bootstrap.servers: broker:9092
                  security.protocol: SASL_SSL
                stream.lookback: 7d
                ingest.http.allow.private.addresses: true
                postgres.url:
                """);
        Settings s = Settings.load(f, Map.of(), Map.of());
        assertThat(s.get(Settings.BOOTSTRAP)).isEqualTo("broker:9092");
        assertThat(s.kafkaProperties()).containsEntry("security.protocol", "SASL_SSL");
        assertThat(s.get(Settings.STREAM_LOOKBACK)).hasDays(7);
        assertThat(s.get(Settings.INGEST_ALLOW_PRIVATE)).isTrue();
        assertThat(s.get(Settings.POSTGRES_URL)).isEmpty();
    }

    @Test
    void aMissingFileAndBadYamlAreUserErrors() throws IOException {
        assertThatThrownBy(() -> Settings.load(dir.resolve("nope.yaml"), Map.of(), Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("no such configuration file");
        Path f = file("stream:\n  lookback: 7d\n   grace: 2d\n");
        assertThatThrownBy(() -> Settings.load(f, Map.of(), Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(f + ":")
                .hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aValueOutsideItsKeysRangeIsRefusedWithItsLine() throws IOException {
        Path f = file("sink.port: 70000\n");
        assertThatThrownBy(() -> Settings.load(f, Map.of(), Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessage(f + ":1: sink.port must be from 0 to 65535, not '70000'");
        Path g = file("stream:\n  threads: 0\n");
        assertThatThrownBy(() -> Settings.load(g, Map.of(), Map.of()))
                .hasMessage(g + ":2: stream.threads must be at least 1, not '0'");
        Path h = file("stream.lookback: -P1D\n");
        assertThatThrownBy(() -> Settings.load(h, Map.of(), Map.of()))
                .hasMessage(h + ":1: stream.lookback must be longer than 0, not '-P1D'");
    }

    @Test
    void theThresholdIsANumberFromZeroToOneOrEmpty() throws IOException {
        Path f = file("detect.threshold: high\n");
        assertThatThrownBy(() -> Settings.load(f, Map.of(), Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessage(f + ":1: detect.threshold must be a number or empty, not 'high'");
        assertThatThrownBy(() -> Settings.load(null, Map.of("DW_DETECT_THRESHOLD", "1.5"), Map.of()))
                .hasMessage("DW_DETECT_THRESHOLD: detect.threshold must be from 0 to 1, not '1.5'");
        assertThat(Settings.defaults().get(Settings.DETECT_THRESHOLD)).isEmpty();
        assertThat(Settings.load(null, Map.of("DW_DETECT_THRESHOLD", "0.7"), Map.of())
                        .get(Settings.DETECT_THRESHOLD))
                .hasValue(0.7);
    }

    @Test
    void commandLineValuesAndLaterChangesAreCheckedToo() {
        assertThatThrownBy(() -> Settings.load(null, Map.of(), Map.of(Settings.SINK_PORT.key(), "70000")))
                .isInstanceOf(UserError.class)
                .hasMessage("sink.port must be from 0 to 65535, not '70000' (given on the command line)");
        // "yes" never quietly reads as false
        assertThatThrownBy(() -> Settings.defaults().with(Settings.INGEST_ALLOW_PRIVATE.key(), "yes"))
                .isInstanceOf(UserError.class)
                .hasMessage("ingest.http.allow.private.addresses must be true or false, not 'yes'");
    }

    @Test
    void rolesReadTypedValuesAndTheDefaultsAreTheDocumentedOnes() {
        Settings d = Settings.defaults();
        assertThat(d.get(Settings.INGEST_ALLOW_PRIVATE)).isFalse();
        assertThat(d.get(Settings.INGEST_MAX_BODY)).isEqualTo(5L * 1024 * 1024);
        assertThat(d.get(Settings.STREAM_LOOKBACK)).hasDays(14);
        assertThat(d.get(Settings.STREAM_COMMIT_INTERVAL)).hasMillis(100);
        assertThat(d.get(Settings.STREAM_FUTURE_SKEW)).hasMinutes(10);
        assertThat(d.get(Settings.STREAM_FOLD_REPORTED)).hasHours(72);
        assertThat(d.get(Settings.SINK_PORT)).isEqualTo(8080);
        assertThat(d.get(Settings.SINK_ALERTS_OUT)).isEmpty();
        assertThat(d.get(Settings.PERSONS_FILE)).isEqualTo(Path.of("config/persons.yaml"));
    }

    @Test
    void aDefaultItsOwnSettingRefusesIsCaughtWhenTheSettingIsDefined() {
        assertThatThrownBy(() -> Setting.of(
                        "x.port", Setting.Type.WHOLE_NUMBER, "-1", Setting.Check.between(0, 65535), "a port"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("default of x.port must be from 0 to 65535, not '-1'");
    }
}
