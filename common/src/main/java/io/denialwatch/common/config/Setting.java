package io.denialwatch.common.config;

import java.util.Locale;

/**
 * One configuration key: its YAML path, its default and what it is for. The environment variable
 * that overrides it is derived: {@code DW_} + the key upper-cased with dots and dashes as
 * underscores ({@code stream.lookback} → {@code DW_STREAM_LOOKBACK}).
 */
public record Setting(String key, String defaultValue, String description) {

    public String envName() {
        return "DW_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
