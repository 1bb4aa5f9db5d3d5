package io.denialwatch.app.watchlist;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wikidata's time values ({@code +2019-07-24T00:00:00Z}, precision 11 for a day, 10 a month, 9 a
 * year) as the days a watch list's dates are: a start known to the month or year is its first day,
 * an end its last, so that the range covers every day the statement may hold on.
 */
final class WikidataTime {
    private static final int DAY = 11;
    private static final int MONTH = 10;
    private static final int YEAR = 9;
    private static final Pattern TIME = Pattern.compile("^\\+(\\d{1,9})-(\\d{2})-(\\d{2})T");

    private WikidataTime() {}

    static LocalDate start(JsonNode qualifier) {
        return day(qualifier, true);
    }

    static LocalDate end(JsonNode qualifier) {
        return day(qualifier, false);
    }

    /** Null for no qualifier, an unknown value, a date before year 1 or coarser than a year. */
    private static LocalDate day(JsonNode qualifier, boolean first) {
        JsonNode v = qualifier.path("datavalue").path("value");
        Matcher m = TIME.matcher(v.path("time").asText(""));
        int precision = v.path("precision").asInt(DAY);
        if (!m.find() || precision < YEAR) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (precision == YEAR || month == 0) {
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (precision == MONTH || day == 0) {
                YearMonth ym = YearMonth.of(year, month);
                return first ? ym.atDay(1) : ym.atEndOfMonth();
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
