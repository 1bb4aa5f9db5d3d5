package io.denialwatch.common.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One configuration key, defined once: its YAML path, the type its value has, its default, the
 * values it accepts and what it is for. Loading checks every value against this, so a role reads
 * typed values and never parses text itself; the documentation table is made from the same
 * definition. The environment variable that overrides it is derived: {@code DW_} + the key
 * upper-cased with dots and dashes as underscores ({@code stream.lookback} → {@code
 * DW_STREAM_LOOKBACK}).
 *
 * @param <T> what a role reads: {@code Integer}, {@code Duration}, {@code Boolean}…
 */
public record Setting<T>(String key, Type<T> type, String defaultValue, Check<? super T> check, String description) {

    public Setting {
        // a default that its own setting refuses is a bug: it fails every test that loads settings
        String problem = problemOf(type, check, defaultValue);
        if (problem != null) {
            throw new IllegalArgumentException("default of " + key + " " + problem);
        }
    }

    public static Setting<String> text(String key, String defaultValue, String description) {
        return new Setting<>(key, Type.TEXT, defaultValue, Check.any(), description);
    }

    public static <T> Setting<T> of(
            String key, Type<T> type, String defaultValue, Check<? super T> check, String description) {
        return new Setting<>(key, type, defaultValue, check, description);
    }

    public String envName() {
        return "DW_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Why {@code text} is not a value of this setting (type, then range), or null when it is one. */
    public String problem(String text) {
        return problemOf(type, check, text);
    }

    /** The value of {@code text}, which {@link #problem} has accepted. */
    T parse(String text) {
        return type.parser().apply(text.trim());
    }

    /** What the documentation says a value must be: its type and, when narrowed, its range. */
    public String accepts() {
        return check.rule().isEmpty() ? type.name() : type.name() + ", " + check.rule();
    }

    private static <T> String problemOf(Type<T> type, Check<? super T> check, String text) {
        T value;
        try {
            value = type.parser().apply(text.trim());
        } catch (IllegalArgumentException e) {
            return "must be " + type.expected() + ", not '" + text + "'";
        }
        return check.test().test(value) ? null : "must be " + check.rule() + ", not '" + text + "'";
    }

    /**
     * The type of a value and how it is read from text; the parser throws an {@link
     * IllegalArgumentException} for text that is not of the type.
     *
     * @param name     the type as the documentation names it
     * @param expected what a value must look like, for the error message
     */
    public record Type<T>(String name, String expected, Function<String, T> parser) {
        public static final Type<String> TEXT = new Type<>("text", "text", s -> s);
        public static final Type<Integer> WHOLE_NUMBER =
                new Type<>("whole number", "a whole number", Integer::parseInt);
        public static final Type<Long> LONG = new Type<>("whole number", "a whole number", Long::parseLong);
        /** Empty means "not set": the reader decides what that stands for (a calibrated threshold). */
        public static final Type<OptionalDouble> OPTIONAL_NUMBER = new Type<>(
                "number or empty",
                "a number or empty",
                s -> s.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(s)));

        public static final Type<Duration> DURATION =
                new Type<>("duration", "a duration like 14d, 48h, 30s, 100ms or P14D", DurationText::parse);
        /** Only {@code true} or {@code false}: YAML 1.1's {@code yes}/{@code on} are read as text and refused. */
        public static final Type<Boolean> BOOLEAN = new Type<>("boolean", "true or false", s -> switch (s) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(s);
        });

        public static final Type<Path> PATH = new Type<>("path", "a file path", s -> {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            return Path.of(s);
        });
        /** Empty means "none": the feature the file is for stays off. */
        public static final Type<Optional<Path>> OPTIONAL_PATH = new Type<>(
                "path or empty", "a file path or empty", s -> s.isEmpty() ? Optional.empty() : Optional.of(Path.of(s)));
    }

    /**
     * What a value of the right type must also be, for the error message and the documentation.
     *
     * @param rule the accepted values in words ("at least 1"); empty for any value of the type
     */
    public record Check<T>(String rule, Predicate<T> test) {
        public static <T> Check<T> any() {
            return new Check<>("", v -> true);
        }

        private static String plain(double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }

        public static Check<Number> atLeast(long least) {
            return new Check<>("at least " + least, v -> v.longValue() >= least);
        }

        public static Check<Number> between(long least, long most) {
            return new Check<>("from " + least + " to " + most, v -> v.longValue() >= least && v.longValue() <= most);
        }

        public static Check<Duration> longerThanZero() {
            return new Check<>("longer than 0", d -> d.compareTo(Duration.ZERO) > 0);
        }

        public static Check<Duration> notNegative() {
            return new Check<>("0 or longer", d -> !d.isNegative());
        }

        public static Check<String> notBlank() {
            return new Check<>("not empty", s -> !s.isBlank());
        }

        public static Check<OptionalDouble> emptyOrBetween(double least, double most) {
            return new Check<>(
                    "from " + plain(least) + " to " + plain(most),
                    o -> o.isEmpty() || (o.getAsDouble() >= least && o.getAsDouble() <= most));
        }
    }
}
