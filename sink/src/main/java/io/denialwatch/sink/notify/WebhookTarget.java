package io.denialwatch.sink.notify;

import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.query.SearchText;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * One place alerts are pushed to, and which alerts it wants.
 *
 * @param name           shown in logs and metrics
 * @param url            the http(s) endpoint
 * @param format         {@code slack} (an incoming-webhook message) or {@code json} (the alert as it is)
 * @param persons        gazetteer ids of the persons wanted (empty: all)
 * @param languages      denial languages wanted (empty: all)
 * @param minScore       lowest denial score wanted
 * @param maxAttempts    tries per alert before giving up on it
 * @param initialBackoff wait after the first failed try; doubles after each further one
 */
public record WebhookTarget(
        String name,
        URI url,
        Format format,
        Set<String> persons,
        Set<String> languages,
        double minScore,
        int maxAttempts,
        Duration initialBackoff) {

    public enum Format {
        SLACK,
        JSON
    }

    public WebhookTarget {
        persons = Set.copyOf(persons);
        languages = Set.copyOf(languages);
        String scheme = url.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("webhook " + name + ": url must be http(s), not " + url);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("webhook " + name + ": max_attempts must be at least 1");
        }
    }

    /**
     * Whether the target is told of {@code a}: an alert of its own (a held report is told when it
     * is released; one folded into the first-hand denial's alert, never) that the filters select.
     */
    public boolean wants(Alert a) {
        String lang = SearchText.lang(a);
        return a.standsAlone()
                && (persons.isEmpty() || persons.stream().anyMatch(a::concerns))
                && (languages.isEmpty() || lang != null && languages.contains(lang))
                && a.denial().score() >= minScore;
    }
}
