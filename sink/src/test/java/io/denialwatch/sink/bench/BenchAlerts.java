package io.denialwatch.sink.bench;

import io.denialwatch.common.model.Alert;
import io.denialwatch.sink.Alerts;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Alerts as a newsroom's desk would have them: 200 persons, half of the denials in Arabic,
 * denial times spread over two years and produced in no particular order.
 */
final class BenchAlerts {
    static final int PERSONS = 200;
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = 2L * 365 * 24 * 3600;
    private static final String AR = "نفى مكتب الوزير ما نشرته الصحيفة عن استقالة الحكومة واللقاء السري في العاصمة";
    private static final String EN =
            "The minister's office denied the report about the government's resignation and the secret meeting";

    private final SplittableRandom random = new SplittableRandom(23);

    /** The history: alert {@code i}, at a random time of the two years. */
    Alert stored(int i) {
        return alert("h-" + i, i, START.plusSeconds(random.nextLong(SPAN_SECONDS)));
    }

    /** A live alert, denied now (so it lands on top of every desk). */
    Alert live(int i, Instant now) {
        return alert("live-" + i, i, now);
    }

    private static Alert alert(String id, int i, Instant at) {
        int person = i % PERSONS;
        boolean arabic = i % 2 == 0;
        return Alerts.alert(
                id,
                1,
                "person-" + person,
                (arabic ? "شخص " : "Person ") + person,
                arabic ? "ar" : "en",
                (arabic ? AR : EN) + " " + i,
                "Office " + person,
                "Outlet " + i % 40,
                0.5 + (i % 50) / 100.0,
                at);
    }
}
