package io.denialwatch.ingest.text;

import com.rometools.rome.io.impl.DateParser;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/** Publication dates from the wild: parsed leniently, then refused when implausible. */
public final class Dates {
    /** A post claiming to come from further in the future than this is not believed. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(2);

    private static final Instant TOO_OLD = Instant.parse("1995-01-01T00:00:00Z");

    private Dates() {}

    /**
     * The declared date when it is plausible, else the fetch time: feeds carry missing, future and
     * epoch-zero dates (docs/source-protocols.md §2.3).
     */
    public static Instant sane(Instant declared, Instant fetchedAt) {
        if (declared == null || declared.isBefore(TOO_OLD) || declared.isAfter(fetchedAt.plus(MAX_SKEW))) {
            return fetchedAt;
        }
        return declared;
    }

    public static Instant sane(Date declared, Instant fetchedAt) {
        return sane(declared == null ? null : declared.toInstant(), fetchedAt);
    }

    /** RFC 3339 first (what JSON APIs promise), then RFC 1123, then Rome's RFC 822 / W3C-DTF masks. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // not RFC 3339
        }
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(t));
        } catch (DateTimeParseException e) {
            // not RFC 1123
        }
        Date d = DateParser.parseDate(t, Locale.US);
        return d == null ? null : d.toInstant();
    }
}
