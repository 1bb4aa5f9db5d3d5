package io.denialwatch.stream.join;

import io.denialwatch.common.model.Alert;
import java.util.List;

/**
 * One join key's part of the alert of a denial with several keys: what the joiner found under one
 * watched entity the denial concerns (its top stories, held or folded), on its way to the task
 * that gathers the denial's parts into its one alert ({@link AlertGatherer}).
 *
 * @param keys        every join key of the denial ({@link JoinInputs#keysOf}): how many parts to expect
 * @param eventTimeMs the denial's event time
 * @param part        the alert as this key alone would give it, under the denial's alert id
 */
public record KeyRanking(List<String> keys, long eventTimeMs, Alert part) implements Joined {

    /** The watched entity this part was found under. */
    public String key() {
        return part.person().id();
    }
}
