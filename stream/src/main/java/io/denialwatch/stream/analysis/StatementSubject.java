package io.denialwatch.stream.analysis;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.lexicon.CueKind;
import io.denialwatch.stream.analysis.lexicon.Lexicon;
import io.denialwatch.stream.analysis.text.PhraseIndex;
import io.denialwatch.stream.analysis.text.PhraseIndex.Match;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a name in a post stands as the one making a statement or a denial: "India on Tuesday
 * firmly rejected a Canadian allegation", "La Russie a démenti", "نفت إسرائيل", "Apple (AAPL)
 * denied reports". The statement words are the bundled lexicons' denial predicates, reported
 * speech and refusals to comment. In Latin script the name comes first, at most {@link #REACH}
 * words before the statement word, the words between being lower case, a ticker or a day or
 * month ("on Tuesday"), and nothing makes it the complement of another word: not after a
 * preposition ("in India said"), nor possessive ("Russia's ministry said") or the first part of a
 * compound ("Russia-backed rebels denied"). In Arabic the verb comes first ("نفت إسرائيل") or the
 * name does, a word at most before the verb.
 */
final class StatementSubject {

    /** How many words may stand between a Latin name and its statement word. */
    private static final int REACH = 4;
    /** How many words may stand between an Arabic name and a statement verb after it. */
    private static final int ARABIC_REACH = 1;
    /** A ticker or an office in capitals between a name and its verb ("Apple (AAPL) denied", "CEO"). */
    private static final int TICKER_MAX = 5;

    private static final Set<CueKind> STATEMENT = Set.of(CueKind.PREDICATE, CueKind.SPEECH, CueKind.REFUSAL);
    /**
     * The first words of reported-speech entries that are no verb: they introduce the source after
     * them ("Belgium, according to people familiar", "عن طريق فرنسا، بحسب التصريح").
     */
    private static final Set<String> NOT_A_VERB =
            Set.of("according", "statement", "in", "selon", "communique", "بحسب", "وفق", "بيان", "في");
    /**
     * رفض is refusing to act as often as rejecting a claim ("رفضت الولايات المتحدة منح تأشيرات",
     * the United States refused visas): it says no statement was made.
     */
    private static final String REFUSE = TextFold.fold("رفض");
    /** Words after which an Arabic name may open its clause as the subject ("إن إسرائيل نفت"). */
    private static final Set<String> ARABIC_CLAUSE_OPENERS = Set.of("إن", "أن", "لكن", "بينما", "فيما").stream()
            .map(TextFold::fold)
            .collect(Collectors.toUnmodifiableSet());
    /** Words after which a name is a complement, not the subject. */
    private static final Set<String> PREPOSITIONS = Set.of(
            "of", "in", "to", "from", "with", "by", "against", "for", "on", "at", "about", "into", "than", "de", "du",
            "des", "d", "a", "au", "aux", "en", "contre", "par", "pour", "sur", "avec", "envers", "في", "من", "الى",
            "على", "عن", "مع", "ضد");
    /** Articles a Latin name may carry before it ("the United States", "La Russie", "L'Inde"). */
    private static final Set<String> ARTICLES = Set.of("the", "la", "le", "les", "l");

    private static final Set<String> DAYS_AND_MONTHS = daysAndMonths();
    /** Between a name and a statement word, a quote or a clause's end: the name is in what is said ("our Iran story," he wrote). */
    private static final Pattern QUOTE_OR_CLAUSE_END = Pattern.compile("[\"“”«»,;:]");

    private final PhraseIndex<Boolean> statements;

    StatementSubject() {
        List<String> proclitics = new ArrayList<>();
        List<Lexicon> lexicons = new ArrayList<>();
        for (String lang : Lexicon.LANGUAGES) {
            Lexicon l = Lexicon.bundled(lang);
            lexicons.add(l);
            proclitics.addAll(l.proclitics());
        }
        statements = new PhraseIndex<>(proclitics);
        for (Lexicon l : lexicons) {
            for (CueKind kind : STATEMENT) {
                for (String e : l.entries().get(kind)) {
                    String first = TextFold.fold(e.strip().split("\\s+")[0]);
                    if (!NOT_A_VERB.contains(first) && !first.contains(REFUSE)) {
                        statements.add(e, Boolean.TRUE);
                    }
                }
            }
        }
    }

    /** The statement words of {@code tokens}, worked out once per post and passed to {@link #speaks}. */
    List<Match<Boolean>> statements(Tokens tokens) {
        return statements.find(tokens);
    }

    /** Whether the name at {@code [from, to)} of {@code tokens} is the subject of one of {@code statements}. */
    static boolean speaks(Tokens tokens, int from, int to, List<Match<Boolean>> statements) {
        if (tokens.isArabic(from)) {
            return arabicSubject(tokens, from, to, statements);
        }
        int before = from - 1;
        if (before >= 0 && ARTICLES.contains(tokens.word(before)) && tokens.sentence(before) == tokens.sentence(from)) {
            before--;
        }
        if (before >= 0
                && tokens.sentence(before) == tokens.sentence(from)
                && (PREPOSITIONS.contains(tokens.word(before)) || partOfLongerName(tokens, before, from))) {
            return false;
        }
        String text = tokens.text().folded();
        int start = tokens.start(from);
        int end = tokens.end(to - 1);
        if (end < text.length() && "-‑'’".indexOf(text.charAt(end)) >= 0
                || start > 0 && "-‑".indexOf(text.charAt(start - 1)) >= 0) {
            return false; // "Russia's", "Russia-backed", "Radio-Canada"
        }
        for (Match<Boolean> s : statements) {
            if (s.from() < to || s.from() - to > REACH || tokens.sentence(s.from()) != tokens.sentence(from)) {
                continue;
            }
            if (between(tokens, to, s.from())
                    && !QUOTE_OR_CLAUSE_END
                            .matcher(text.substring(end, tokens.start(s.from())))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the capitalised word at {@code before} and the name at {@code name} are one longer
     * name ("Al Wakeel News"), only a space between them; a sentence's first word is capitalised
     * for being first ("But Botswana said").
     */
    private static boolean partOfLongerName(Tokens tokens, int before, int name) {
        String original = tokens.text().originalSlice(tokens.start(before), tokens.end(before));
        return Character.isUpperCase(original.charAt(0))
                && before > 0
                && tokens.sentence(before - 1) == tokens.sentence(before)
                && tokens.text()
                        .folded()
                        .substring(tokens.end(before), tokens.start(name))
                        .isBlank();
    }

    /** Whether the words {@code [from, to)} may stand between a Latin name and its statement word. */
    private static boolean between(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String original = tokens.text().originalSlice(tokens.start(i), tokens.end(i));
            if (tokens.isArabic(i)) {
                return false;
            }
            boolean lower = !Character.isUpperCase(original.charAt(0));
            boolean ticker = original.length() <= TICKER_MAX && original.chars().allMatch(Character::isUpperCase);
            if (!lower && !ticker && !DAYS_AND_MONTHS.contains(tokens.word(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean arabicSubject(Tokens tokens, int from, int to, List<Match<Boolean>> statements) {
        int sentence = tokens.sentence(from);
        for (Match<Boolean> s : statements) {
            if (tokens.sentence(s.from()) != sentence) {
                continue;
            }
            if (s.to() == from) {
                return true; // "نفت إسرائيل"
            }
            if (s.from() >= to
                    && s.from() - to <= ARABIC_REACH
                    && (from == 0
                            || tokens.sentence(from - 1) != sentence
                            || ARABIC_CLAUSE_OPENERS.contains(tokens.word(from - 1)))) {
                return true; // "إسرائيل نفت"
            }
        }
        return false;
    }

    private static Set<String> daysAndMonths() {
        Set<String> out = new HashSet<>();
        for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            for (DayOfWeek d : DayOfWeek.values()) {
                out.add(TextFold.fold(d.getDisplayName(TextStyle.FULL, l)));
            }
            for (Month m : Month.values()) {
                out.add(TextFold.fold(m.getDisplayName(TextStyle.FULL, l)));
            }
        }
        return Set.copyOf(out);
    }
}
