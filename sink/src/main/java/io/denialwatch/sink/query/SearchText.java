package io.denialwatch.sink.query;

import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.RankedStory;
import io.denialwatch.common.text.TextFold;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words an alert is found by: its denial, who denies, the person and its stories, folded
 * ({@link TextFold}) so a search for an Arabic word finds it with or without diacritics or hamza.
 * The PostgreSQL store indexes this text with the {@code simple} configuration (no stemming, no
 * stop words: it works the same for every language); the in-memory search compares the same words.
 */
public final class SearchText {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_CHARS = 50_000;

    private SearchText() {}

    public static String of(Alert a) {
        StringBuilder b = new StringBuilder();
        add(b, a.person().name());
        if (a.denial().denier() != null) {
            add(b, a.denial().denier().name());
        }
        if (a.denial().post() != null) {
            add(b, a.denial().post().title());
            add(b, a.denial().post().text());
            if (a.denial().post().account() != null) {
                add(b, a.denial().post().account().name());
            }
        }
        for (RankedStory s : a.stories()) {
            add(b, s.outlet());
            add(b, s.title());
            add(b, s.text());
        }
        String folded = words(b.toString());
        return folded.length() > MAX_CHARS ? folded.substring(0, MAX_CHARS) : folded;
    }

    /** Folded words of a text, separated by single spaces. */
    public static String words(String text) {
        return NON_WORD.matcher(TextFold.fold(text)).replaceAll(" ").strip();
    }

    /** Whether every word of the query occurs in the alert's search text. */
    public static boolean contains(Alert a, String query) {
        Set<String> have = Set.copyOf(Arrays.asList(of(a).split(" ")));
        List<String> want =
                Arrays.stream(words(query).split(" ")).filter(w -> !w.isEmpty()).toList();
        return have.containsAll(want);
    }

    /** The words of a query joined for PostgreSQL's {@code plainto_tsquery}: every word must occur. */
    public static String tsQuery(String query) {
        return Arrays.stream(words(query).split(" ")).filter(w -> !w.isEmpty()).collect(Collectors.joining(" "));
    }

    static void add(StringBuilder b, String s) {
        if (s != null && !s.isBlank()) {
            b.append(s).append('\n');
        }
    }

    public static Instant denialTime(Alert a) {
        return a.denial().post() == null ? null : a.denial().post().publishedAt();
    }

    public static String lang(Alert a) {
        if (a.denial().lang() != null) {
            return a.denial().lang();
        }
        return a.denial().post() == null ? null : a.denial().post().lang();
    }
}
