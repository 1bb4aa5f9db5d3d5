package io.denialwatch.stream.pipeline;

import io.denialwatch.common.model.DeadLetter;

/** Either a value or the dead letter explaining why there is none: lets one step branch cleanly. */
public record Parsed<T>(T value, DeadLetter deadLetter) {
    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> failed(DeadLetter deadLetter) {
        return new Parsed<>(null, deadLetter);
    }

    public boolean isOk() {
        return deadLetter == null;
    }
}
