package io.denialwatch.stream.join;

import io.denialwatch.common.model.Alert;
import java.util.List;
import java.util.Set;

/**
 * A denial kept for the grace period, so that a story arriving late can still revise its alert.
 *
 * @param alert   as last sent: for a denial with one key, its alert as the desk has it; with several,
 *                this key's part of it
 * @param terms   the denial's terms, kept so re-ranking needs no re-analysis
 * @param outletIds outlets the denial names
 * @param quotes  the phrases it quotes
 * @param keys    every join key of the denial ({@link JoinInputs#keysOf}); absent from records filed
 *                before a denial had one alert: then its alert's person alone
 */
public record DenialRecord(
        Alert alert,
        Set<String> terms,
        Set<String> outletIds,
        List<String> quotes,
        long eventTimeMs,
        List<String> keys) {

    public DenialRecord {
        keys = keys == null || keys.isEmpty() ? List.of(alert.person().id()) : List.copyOf(keys);
    }
}
