package io.denialwatch.sink;

import io.denialwatch.common.config.Settings;
import io.denialwatch.common.kafka.Topics;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the sink role takes from configuration, read once at start; the values were checked when
 * the configuration was loaded.
 *
 * @param postgresUrl empty: no store, the history is kept in memory
 * @param token       empty: the desk is open
 */
public record SinkSettings(
        Properties kafka,
        Topics topics,
        String group,
        Optional<Path> alertsOut,
        Optional<Path> webhooksFile,
        String postgresUrl,
        String postgresUser,
        String postgresPassword,
        String bind,
        int port,
        String token) {

    public static SinkSettings from(Settings s) {
        return new SinkSettings(
                s.kafkaProperties(),
                new Topics(s.get(Settings.TOPIC_PREFIX)),
                s.get(Settings.SINK_GROUP),
                s.get(Settings.SINK_ALERTS_OUT),
                s.get(Settings.WEBHOOKS_FILE),
                s.get(Settings.POSTGRES_URL),
                s.get(Settings.POSTGRES_USER),
                s.get(Settings.POSTGRES_PASSWORD),
                s.get(Settings.SINK_BIND),
                s.get(Settings.SINK_PORT),
                s.get(Settings.SINK_TOKEN));
    }
}
