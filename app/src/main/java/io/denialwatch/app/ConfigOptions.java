package io.denialwatch.app;

import io.denialwatch.common.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --config FILE}: shared by every command that reads configuration. */
final class ConfigOptions {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "YAML configuration file (default: config/denialwatch.yaml when present). "
                    + "Every key can also be set as a DW_* environment variable; see README.")
    Path config;

    Settings load(Map<String, String> overrides) {
        Path file = config;
        if (file == null && Files.exists(Path.of("config/denialwatch.yaml"))) {
            file = Path.of("config/denialwatch.yaml");
        }
        return Settings.load(file, System.getenv(), overrides);
    }
}
