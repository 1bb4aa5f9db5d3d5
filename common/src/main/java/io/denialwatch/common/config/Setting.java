package io.denialwatch.common.config;

import java.util.Locale;

/**
 * One configuration key: its YAML path, its default, what it is for and the type its value must
 * have. The environment variable that overrides it is derived: {@code DW_} + the key upper-cased
 * with dots and dashes as underscores ({@code stream.lookback} → {@code DW_STREAM_LOOKBACK}).
 */
public record Setting(String key, String defaultValue, String description, Type type) {

    /** What a value must look like; checked when the configuration is loaded, not when first used. */
    public enum Type {
        TEXT,
        WHOLE_NUMBER,
        NUMBER,
        DURATION,
        /** Only {@code true} or {@code false}: YAML 1.1's {@code yes}/{@code on} read as text and are refused. */
        BOOLEAN;

        /** Why {@code value} is not of this type, or null when it is. */
        public String problem(String value) {
            String v = value.trim();
            try {
                switch (this) {
                    case WHOLE_NUMBER -> Long.parseLong(v);
                    case NUMBER -> Double.parseDouble(v);
                    case DURATION -> Settings.parseDuration("", v);
                    case BOOLEAN -> {
                        if (!v.equals("true") && !v.equals("false")) {
                            return "must be true or false, not '" + value + "'";
                        }
                    }
                    default -> {}
                }
                return null;
            } catch (IllegalArgumentException e) {
                return switch (this) {
                    case WHOLE_NUMBER -> "must be a whole number, not '" + value + "'";
                    case NUMBER -> "must be a number, not '" + value + "'";
                    default -> "must be a duration like 14d, 48h, 30s, 100ms or P14D, not '" + value + "'";
                };
            }
        }
    }

    public Setting(String key, String defaultValue, String description) {
        this(key, defaultValue, description, Type.TEXT);
    }

    public String envName() {
        return "DW_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
