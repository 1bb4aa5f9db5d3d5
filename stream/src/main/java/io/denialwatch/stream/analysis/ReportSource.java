package io.denialwatch.stream.analysis;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a name stands where a text names the outlet a report came from, not a body it concerns:
 * "according to Reuters", "told The New York Times", "Reuters reported", "a Reuters report",
 * "selon Mediapart", "a révélé Libération", "ذكرت صحيفة وول ستريت جورنال", "بحسب رويترز". An
 * outlet that only reported is not whom a post concerns (eval/corpus/README.md); one that denies
 * is named elsewhere in its sentence ("Reuters stands by its story"). Its journalists are not its
 * report ("denied bribing Sunday World journalists" concerns the paper, and joins its story).
 */
final class ReportSource {

    /** Words right before a name (at most a kind noun and an article between) that make it a report's source. */
    private static final List<String> BEFORE = List.of(
            // English: "according to", "told", "reported by", "citing", "interview with"
            "according",
            "told",
            "reported",
            "citing",
            "cited",
            "quoted",
            "interview",
            "by",
            // French: "selon", "d'après", "a révélé", "rapporte", "interrogé par", "au micro de"
            "selon",
            "apres",
            "revele",
            "rapporte",
            "rapportait",
            "revelait",
            "micro",
            "antenne",
            "colonnes",
            "aupres",
            // the outlet that asked: "Contacté par Le Figaro", "Sollicité par Reuters", "Joint par"
            "contacte",
            "contactee",
            "contactes",
            "sollicite",
            "sollicitee",
            "sollicites",
            "joint",
            "jointe",
            "interroge",
            "interrogee",
            // the outlet's own findings: "les informations de RMC Sport", "les révélations de Mediapart"
            "information",
            "informations",
            "revelations",
            // English: "spoke to Hindustan Times", "asked by CNN", "verified by Reuters"
            "spoke",
            "speaking",
            "asked",
            "verified",
            // the outlet a report appeared in: "a report in The Wall Street Journal", "a story by"
            "report",
            "story",
            "article",
            // Arabic: reported, revealed, published, conveyed, according to, quoting
            "ذكرت",
            "ذكر",
            "افادت",
            "افاد",
            "كشفت",
            "كشف",
            "نشرت",
            "نشر",
            "نقلت",
            "اوردت",
            "بحسب",
            "حسب",
            "وفقا",
            "وفق",
            "نقلا",
            "لصحيفة",
            "لوكالة",
            "لقناة",
            "لشبكة",
            "لموقع",
            "لمجلة");

    /** Words right after a name that make it a report's source: "Reuters reported", "a Reuters report". */
    private static final List<String> AFTER = List.of(
            "reported",
            "reports",
            "reporting",
            "report",
            "revealed",
            "reveals",
            "story",
            "article",
            "interview",
            "rapporte",
            "revele",
            "revelait",
            "rapportait",
            "request",
            "affirme",
            "indique",
            "precise");

    /** Words between: articles, "to" of "according to", and the nouns for kinds of outlet. */
    private static final List<String> BETWEEN = List.of(
            "to",
            "the",
            "a",
            "an",
            "with",
            "by",
            "la",
            "le",
            "les",
            "l",
            "de",
            "du",
            "d",
            "par",
            "a",
            "of",
            "in",
            "des",
            "aux",
            "صحيفة",
            "وكالة",
            "قناة",
            "شبكة",
            "موقع",
            "مجلة",
            "اذاعة",
            "عن",
            "ل",
            "لـ",
            "الى",
            "newspaper",
            "magazine",
            "agency",
            "journal",
            "quotidien",
            "hebdomadaire",
            "site",
            "agence",
            "radio",
            "chaine");

    /** The words "by" makes a source after: "reported by Reuters", "asked by CNN". */
    private static final Set<String> BY_AFTER = folded(List.of("reported", "asked", "verified"));

    /**
     * French verbs and nouns of speaking that make the outlet after "à" or "au" the one spoken to:
     * "a déclaré à Reuters", "a indiqué à RMC Sport", "un entretien accordé à RMC", "au Figaro".
     */
    private static final Set<String> SPOKEN_TO = folded(List.of(
            "declare",
            "declaree",
            "indique",
            "confirme",
            "precise",
            "explique",
            "confie",
            "affirme",
            "assure",
            "dementi",
            "repondu",
            "raconte",
            "dit",
            "accorde",
            "accordee",
            "entretien",
            "interview"));

    /** Source words that need "de" before the name: "les informations de", not "chaîne d'information CNews". */
    private static final Set<String> OF_WORDS = folded(List.of("information", "informations", "revelations"));

    private static final Set<String> BEFORE_WORDS = folded(BEFORE);
    private static final Set<String> AFTER_WORDS = folded(AFTER);
    private static final Set<String> BETWEEN_WORDS = folded(BETWEEN);
    /** The most words between a source word and the name. */
    private static final int REACH = 3;

    private ReportSource() {}

    /** Whether tokens {@code [from, to)} name the source of a report. */
    static boolean names(Tokens tokens, int from, int to) {
        return sourceWordNear(tokens, from, to) || spokenTo(tokens, from);
    }

    /**
     * Whether the name follows French "à" or "au" after a word of speaking ("a confirmé à
     * Reuters", "dans un entretien au Figaro"), an article between at most: the outlet a statement
     * was made to. Written "à", since folded it is the English article "a".
     */
    private static boolean spokenTo(Tokens tokens, int from) {
        int i = from - 1;
        if (i >= 0 && ("l".equals(tokens.word(i)) || "la".equals(tokens.word(i)) || "le".equals(tokens.word(i)))) {
            i--;
        }
        if (i < 1 || tokens.sentence(i - 1) != tokens.sentence(from)) {
            return false;
        }
        String to = tokens.text().originalSlice(tokens.start(i), tokens.end(i)).toLowerCase(java.util.Locale.ROOT);
        return ("à".equals(to) || "au".equals(to)) && SPOKEN_TO.contains(tokens.word(i - 1));
    }

    private static boolean sourceWordNear(Tokens tokens, int from, int to) {
        for (int i = from - 1; i >= 0 && i >= from - 1 - REACH && tokens.sentence(i) == tokens.sentence(from); i--) {
            String w = tokens.word(i);
            if (OF_WORDS.contains(w) && i == from - 1) {
                break; // "la chaîne d'information CNews": a kind of channel, not whose information
            }
            if (BEFORE_WORDS.contains(w) || readingIn(w, BEFORE_WORDS)) {
                // "by" only in "reported by", "asked by", "verified by"; "après" only in "d'après"
                if ("by".equals(w)) {
                    return i > 0 && BY_AFTER.contains(tokens.word(i - 1));
                }
                return !"apres".equals(w) || i > 0 && "d".equals(tokens.word(i - 1));
            }
            if (!BETWEEN_WORDS.contains(w)) {
                break;
            }
        }
        int after = to;
        if (after < tokens.size() && "s".equals(tokens.word(after))) {
            after++; // "Reuters' report", "the Times's story"
        }
        return after < tokens.size()
                && tokens.sentence(after) == tokens.sentence(to - 1)
                && AFTER_WORDS.contains(tokens.word(after));
    }

    /** Whether folded Arabic {@code w} without a conjunction is one of {@code words} ("وذكرت"). */
    private static boolean readingIn(String w, Set<String> words) {
        return !w.isEmpty() && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && words.contains(w.substring(1));
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(TextFold.fold(w));
        }
        return Set.copyOf(out);
    }
}
