package io.denialwatch.stream.analysis;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the name of a country or of a seat of power stands where a text names a place it
 * passes through, not the body the post concerns: "a press conference at the White House",
 * "told to go to China", "في البيت الأبيض"; "Qatar's foreign ministry" is the ministry's, "HAVANA,
 * Cuba, Apr 4 (ACN)" is a dateline. The labels list a country or a seat when it acts or is the subject of the story
 * ("Israel denied", "le Kremlin a démenti", "sanctions against Qatar"), and no more
 * (eval/corpus/README.md). Told by grammar: a preposition of place or motion right before the
 * name (an article between), an Arabic name with the clitic preposition بـ ("بالبيت الأبيض"); and
 * for a country its possessive, "of" before it, a capitalised word right after it that makes it
 * part of a longer name ("East China Sea"), or its place after the city that opens the text.
 */
final class PlaceMention {

    /** Prepositions of place and motion in English and Arabic, folded as tokens are. */
    private static final Set<String> PLACE = folded("in", "at", "inside", "into", "to", "في", "داخل");

    /** French prepositions of place, written as they are: folded "à" is the English article "a". */
    private static final Set<String> FRENCH_PLACE = Set.of("à", "au", "aux", "en", "dans", "vers");

    /** Articles between a preposition and the name: "at the White House", "à l'Élysée", "au Qatar". */
    private static final Set<String> ARTICLES = folded("the", "la", "le", "l", "les");

    /** The words after a possessive that make it the country's own government: "India's government". */
    private static final Set<String> GOVERNMENT = folded("government", "administration", "regime");

    /** How many words after a country's possessive its government may stand ("s", then "communist government"). */
    private static final int GOVERNMENT_REACH = 3;

    /** How far into the text a dateline's place may stand: "دبي، الإمارات العربية المتحدة (CNN)". */
    private static final int DATELINE_WORDS = 3;

    /** The seats of offices ("the Kremlin", "البيت الأبيض"), each as its words without a leading article. */
    private static final Set<String> SEATS = seats(OfficeWords.BUNDLED.allSeats());

    private PlaceMention() {}

    /** Whether tokens {@code [from, to)} name a seat of power ("the White House", "الكرملين"). */
    static boolean isSeat(Tokens tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (key.isEmpty() && ARTICLES.contains(tokens.word(i))) {
                continue;
            }
            key.append(key.isEmpty() ? "" : " ").append(tokens.word(i));
        }
        String k = key.toString();
        return SEATS.contains(k) || tokens.isArabic(from) && SEATS.contains(withoutClitics(k));
    }

    /** An Arabic seat with its clitics off: "بالبيت الأبيض", "وللكرملين". */
    private static String withoutClitics(String key) {
        int i = 0;
        while (i < 2 && i < key.length() && "وفبل".indexOf(key.charAt(i)) >= 0) {
            i++;
        }
        String rest = key.substring(i);
        return rest.startsWith("ال") || i == 0 ? rest : "ال" + rest; // "للبيت" is ل + البيت
    }

    /**
     * Whether tokens {@code [from, to)}, a country's or a seat's name ({@code country} tells which),
     * stand as a place the text passes through rather than the body it concerns.
     */
    static boolean names(Tokens tokens, int from, int to, boolean country) {
        return afterPlacePreposition(tokens, from)
                || country
                        && (possessive(tokens, to)
                                || complement(tokens, from)
                                || partOfLongerName(tokens, to)
                                || dateline(tokens, from, to));
    }

    /** "Crown Prince of Saudi Arabia", "the capital of Israel": the country qualifies what comes before. */
    private static boolean complement(Tokens tokens, int from) {
        int i = from - 1;
        if (i >= 0 && tokens.sentence(i) == tokens.sentence(from) && ARTICLES.contains(tokens.word(i))) {
            i--;
        }
        return i >= 0 && tokens.sentence(i) == tokens.sentence(from) && "of".equals(tokens.word(i));
    }

    /**
     * A Latin country name with a capitalised word right after it, a space between, begins a
     * longer name the watch list lacks: "the East China Sea", "the China Super League".
     */
    private static boolean partOfLongerName(Tokens tokens, int to) {
        if (to >= tokens.size() || tokens.sentence(to) != tokens.sentence(to - 1) || tokens.isArabic(to)) {
            return false;
        }
        String between = tokens.text().originalSlice(tokens.end(to - 1), tokens.start(to));
        String next = tokens.text().originalSlice(tokens.start(to), tokens.end(to));
        return " ".equals(between) && !next.isEmpty() && Character.isUpperCase(next.charAt(0));
    }

    private static boolean afterPlacePreposition(Tokens tokens, int from) {
        if (tokens.isArabic(from) && withPlaceClitic(tokens.word(from))) {
            return true; // "بالبيت الأبيض", "وبالمغرب"
        }
        int i = from - 1;
        if (i >= 0 && tokens.sentence(i) == tokens.sentence(from) && ARTICLES.contains(tokens.word(i))) {
            i--;
        }
        if (i < 0 || tokens.sentence(i) != tokens.sentence(from)) {
            return false;
        }
        String original =
                tokens.text().originalSlice(tokens.start(i), tokens.end(i)).toLowerCase();
        return PLACE.contains(tokens.word(i)) || FRENCH_PLACE.contains(original);
    }

    /** The clitic preposition بـ (in, at), after an optional و or ف, on a name with its article. */
    private static boolean withPlaceClitic(String word) {
        String w = word;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.charAt(1) == 'ب') {
            w = w.substring(1);
        }
        return w.length() > 3 && w.charAt(0) == 'ب' && w.startsWith("ال", 1);
    }

    /**
     * "Qatar's foreign ministry", "Israel’s army": the country's body speaks, not the country;
     * but "Cuba's communist government" is the country's governing.
     */
    private static boolean possessive(Tokens tokens, int to) {
        String text = tokens.text().folded();
        int end = tokens.end(to - 1);
        if (end + 1 >= text.length() || "'’".indexOf(text.charAt(end)) < 0) {
            return false;
        }
        for (int i = to;
                i < tokens.size() && i <= to + GOVERNMENT_REACH && tokens.sentence(i) == tokens.sentence(to);
                i++) {
            if (GOVERNMENT.contains(tokens.word(i))) {
                return false;
            }
        }
        return true;
    }

    /** A place after the city that opens the text, a comma between: "HAVANA, Cuba, Apr 4", "دبي، الإمارات". */
    private static boolean dateline(Tokens tokens, int from, int to) {
        if (from == 0 || from > DATELINE_WORDS || tokens.sentence(from) != tokens.sentence(0)) {
            return false;
        }
        String text = tokens.text().folded();
        String before = text.substring(tokens.end(from - 1), tokens.start(from));
        return before.contains(",") || before.contains("،");
    }

    private static Set<String> seats(Map<String, List<String>> byOffice) {
        Set<String> out = new HashSet<>();
        for (List<String> seats : byOffice.values()) {
            for (String seat : seats) {
                List<String> words = Arrays.asList(TextFold.fold(seat).split("[\\s'’]+"));
                int first = 0;
                while (first < words.size() - 1 && ARTICLES.contains(words.get(first))) {
                    first++;
                }
                out.add(String.join(" ", words.subList(first, words.size())));
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> folded(String... words) {
        return Arrays.stream(words).map(TextFold::fold).collect(Collectors.toUnmodifiableSet());
    }
}
