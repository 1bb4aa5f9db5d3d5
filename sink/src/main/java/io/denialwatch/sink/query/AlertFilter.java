package io.denialwatch.sink.query;

import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.RankedStory;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What {@code GET /api/alerts} asks for. Every field is optional; {@code minScore} is on the
 * denial's score (how surely the post is a denial).
 *
 * @param person   gazetteer id of a watched entity: the alert's person or one it also concerns
 * @param lang     language of the denial
 * @param outlet   an outlet among the alert's stories
 * @param since    denials published at or after
 * @param until    denials published before
 * @param q        words that must all occur in the denial, the denier, the person or the stories
 * @param minScore lowest denial score
 * @param acked    only acknowledged alerts (true) or only those nobody has dealt with yet (false)
 * @param limit    page size (1–500)
 * @param offset   alerts to skip
 */
public record AlertFilter(
        String person,
        String lang,
        String outlet,
        Instant since,
        Instant until,
        String q,
        Double minScore,
        Boolean acked,
        int limit,
        int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static AlertFilter all() {
        return new AlertFilter(null, null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    /** Reads the query parameters; throws {@link IllegalArgumentException} with a message for the caller. */
    public static AlertFilter parse(Map<String, String> p) {
        int limit = integer(p, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        int offset = integer(p, "offset", 0);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        Double minScore = null;
        if (present(p, "min_score")) {
            try {
                minScore = Double.parseDouble(p.get("min_score").trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("min_score must be a number");
            }
        }
        return new AlertFilter(
                text(p, "person"),
                text(p, "lang"),
                text(p, "outlet"),
                instant(p, "since"),
                instant(p, "until"),
                text(p, "q"),
                minScore,
                bool(p, "acked"),
                limit,
                offset);
    }

    private static boolean present(Map<String, String> p, String name) {
        return p.get(name) != null && !p.get(name).isBlank();
    }

    private static String text(Map<String, String> p, String name) {
        return present(p, name) ? p.get(name).strip() : null;
    }

    private static Boolean bool(Map<String, String> p, String name) {
        if (!present(p, name)) {
            return null;
        }
        return switch (p.get(name).trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false");
        };
    }

    private static int integer(Map<String, String> p, String name, int dflt) {
        if (!present(p, name)) {
            return dflt;
        }
        try {
            return Integer.parseInt(p.get(name).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    private static Instant instant(Map<String, String> p, String name) {
        if (!present(p, name)) {
            return null;
        }
        try {
            return Instant.parse(p.get(name).trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant like 2025-01-31T12:00:00Z");
        }
    }

    public AlertFilter withPage(int newLimit, int newOffset) {
        return new AlertFilter(person, lang, outlet, since, until, q, minScore, acked, newLimit, newOffset);
    }

    /** Whether the filter selects on nothing but, perhaps, acknowledgement (the store keeps those totals). */
    public boolean selectsOnAckAtMost() {
        return person == null
                && lang == null
                && outlet == null
                && since == null
                && until == null
                && (q == null || SearchText.tsQuery(q).isEmpty())
                && minScore == null;
    }

    /** The filter without paging, full text and acknowledgement, as an in-memory check (the store does it in SQL). */
    public boolean matches(Alert a) {
        Instant at = SearchText.denialTime(a);
        return (person == null || a.concerns(person))
                && (lang == null || lang.equalsIgnoreCase(SearchText.lang(a)))
                && (outlet == null
                        || a.stories().stream().map(RankedStory::outlet).anyMatch(outlet::equals))
                && (since == null || at != null && !at.isBefore(since))
                && (until == null || at != null && at.isBefore(until))
                && (minScore == null || a.denial().score() >= minScore);
    }
}
