package io.denialwatch.stream.analysis;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a name in a post names the organisation whose spokesperson, chief or coach is speaking:
 * in English the name stands before the title ("Apple CEO Tim Cook", "a Samsung spokeswoman",
 * "Reliance's chairman") or after it and "for", "of" or "at" ("a spokesman for Volkswagen", "the
 * chief executive of Zoom"); in French after the title and "de" ("le PDG d'Apple", "un porte-parole
 * de Samsung"). Someone speaking in its name makes the organisation one the post concerns, as much
 * as a statement it makes itself ({@link StatementSubject}).
 */
final class StaffTitle {

    /** The titles of those who speak for an organisation, folded: the staff, not its customers or rivals. */
    private static final Set<String> TITLES = folded(
            "ceo",
            "cfo",
            "coo",
            "chairman",
            "chairwoman",
            "chairperson",
            "founder",
            "cofounder",
            "president",
            "boss",
            "chief",
            "executive",
            "executives",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "spokespeople",
            "representative",
            "representatives",
            "rep",
            "reps",
            "manager",
            "coach",
            "owner",
            "director",
            "official",
            "officials",
            "head",
            "porte",
            "pdg",
            "président",
            "présidente",
            "directeur",
            "directrice",
            "patron",
            "patronne",
            "dirigeant",
            "dirigeants",
            "fondateur",
            "fondatrice",
            "entraîneur",
            "représentant",
            "représentante",
            "responsable",
            "responsables",
            "dg");
    /** Between a title and the organisation after it ("spokesman for", "porte-parole de"). */
    private static final Set<String> LINKS = Set.of("for", "of", "at", "de", "du", "d");
    /** The second word of a two-word title ("porte-parole", "chief executive"). */
    private static final Set<String> SECOND_WORDS = folded("parole", "executive", "officer");
    /** Articles between a title's link and the name ("the chief executive of the Ford Motor Company"). */
    private static final Set<String> ARTICLES = Set.of("the", "la", "le", "l");

    /** Words that join two parts of one name ("Procter and Gamble"). */
    private static final Set<String> JOINS = Set.of("and", "et");

    private StaffTitle() {}

    /** Whether the Latin name at {@code [from, to)} of {@code tokens} is the organisation of a title next to it. */
    static boolean names(Tokens tokens, int from, int to) {
        if (tokens.isArabic(from)) {
            return false;
        }
        return titleAfter(tokens, from, to) || titleBefore(tokens, from) && !longerName(tokens, from, to);
    }

    /**
     * Whether the name goes on after {@code to}: a capitalised word, or "and" and one, make it the
     * start of a longer name ("director of News and Periodicals Enterprise").
     */
    private static boolean longerName(Tokens tokens, int from, int to) {
        int i = to;
        if (i < tokens.size() && JOINS.contains(tokens.word(i))) {
            i++;
        }
        if (i >= tokens.size()
                || tokens.sentence(i) != tokens.sentence(from)
                || tokens.isArabic(i)
                || !onlySpaces(tokens, to, i)) {
            return false;
        }
        String word = tokens.text().originalSlice(tokens.start(i), tokens.end(i));
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** "Apple CEO", "Samsung spokeswoman", "Reliance's chairman". */
    private static boolean titleAfter(Tokens tokens, int from, int to) {
        int i = to;
        String text = tokens.text().folded();
        int end = tokens.end(to - 1);
        if (end < text.length()
                && "'’".indexOf(text.charAt(end)) >= 0
                && i < tokens.size()
                && "s".equals(tokens.word(i))) {
            i++; // the possessive "'s"
        }
        return i < tokens.size() && tokens.sentence(i) == tokens.sentence(from) && TITLES.contains(tokens.word(i));
    }

    /** "a spokesman for Volkswagen", "le PDG d'Apple", "the chief executive of the company". */
    private static boolean titleBefore(Tokens tokens, int from) {
        int i = from - 1;
        if (i >= 0 && ARTICLES.contains(tokens.word(i))) {
            i--;
        }
        if (i < 1 || !LINKS.contains(tokens.word(i)) || tokens.sentence(i) != tokens.sentence(from)) {
            return false;
        }
        String title = tokens.word(i - 1);
        if (SECOND_WORDS.contains(title) && i >= 2) {
            title = tokens.word(i - 2);
        }
        return TITLES.contains(title);
    }

    /** Whether only spaces stand between the name ending before {@code to} and word {@code i} ("Apple, Tim Cook" is two). */
    private static boolean onlySpaces(Tokens tokens, int to, int i) {
        for (int j = to; j <= i; j++) {
            if (!tokens.text()
                    .folded()
                    .substring(tokens.end(j - 1), tokens.start(j))
                    .isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> folded(String... words) {
        return Stream.of(words).map(TextFold::fold).collect(Collectors.toUnmodifiableSet());
    }
}
