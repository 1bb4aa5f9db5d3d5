package io.denialwatch.stream.analysis;

import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.lexicon.CueKind;
import io.denialwatch.stream.analysis.text.PhraseIndex.Match;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reported speech governing a negated clause: "X said he had not met Y", "insisted there was no
 * deal", "a affirmé qu'il n'avait pas …", "assure n'avoir jamais …", "قال إنه لم …". The commonest
 * way a denial is written without a denial word, and also the shape of ordinary news ("said there
 * was no evidence of fraud", "said he had no plans to travel", "said he was not guilty"); so it is
 * no cue word but a feature of its own, read with what tells the two apart: the word heading the
 * negated clause (a trap list in the lexicon: knowledge, evidence, plans, guilty …), whether the
 * clause's subject is the speaker, and whether a report is named nearby.
 *
 * @param speech  the reporting verb
 * @param negator the first negator after it, in its sentence
 * @param trap    a trap phrase at the clause's head, or null
 * @param self    the clause's subject is the speaker ("he had not", "qu'il n'a", "n'avoir", "إنه لم")
 * @param report  a report, rumour or claim word in its sentence or the one before, or null
 */
record ReportedClause(
        Match<CueKind> speech,
        Match<CueKind> negator,
        Match<CueKind> trap,
        Match<CueKind> self,
        Match<CueKind> report) {

    /** How far after the verb the negator may stand: "said on Tuesday that the company had never". */
    static final int REACH = 8;
    /** Arabic puts the speaker between the verb and the clause ("قالت وزارة النفط العراقية إن الوزير لم"). */
    static final int REACH_ARABIC = 10;
    /** Words after the negator that make up the clause's head, where a trap is looked for. */
    static final int HEAD = 4;
    /** Negators that carry the future themselves ("won t", Arabic لن). */
    private static final Set<String> FUTURE_NEGATORS = Set.of("won", "لن");

    /** How far before the negator a modal binds it ("should not", "ne devait pas" has it inside). */
    private static final int MODAL_BEFORE = 2;
    /** A negator this close before the verb negates the speech itself ("did not say that …"). */
    private static final int NEGATED_SPEECH = 3;

    /** What makes a clause's head a statement of fact or a withheld answer rather than a denial. */
    private static final CueKind[] HEAD_TRAPS = {
        CueKind.CLAUSE_TRAP, CueKind.REFUSAL, CueKind.NON_CONFIRMATION, CueKind.SENSE
    };

    /** A refusal or non-confirmation anywhere in the sentence makes what is said a withheld answer. */
    private static final CueKind[] SENTENCE_TRAPS = {CueKind.REFUSAL, CueKind.NON_CONFIRMATION};

    /**
     * The first reported negated clause with no trap at its head; failing that, the first one with
     * a trap (which the model weighs too); null when the text has none.
     *
     * @param complemented the clause must be introduced (que, qu'il, n'avoir; أن, إنه) unless its
     *                     negator follows the verb; English drops "that" ("said the club had not")
     */
    static ReportedClause find(
            Tokens tokens, Map<CueKind, List<Match<CueKind>>> byKind, int reach, boolean complemented) {
        List<Match<CueKind>> negators = byKind.getOrDefault(CueKind.NEGATOR, List.of());
        ReportedClause trapped = null;
        for (Match<CueKind> s : byKind.getOrDefault(CueKind.REPORTING, List.of())) {
            if (tokens.inQuestion(s.from()) || negatedSpeech(s, tokens, negators) || hearsay(s, byKind)) {
                continue;
            }
            Match<CueKind> n = negatorAfter(s, tokens, negators, reach);
            if (n == null || (complemented && n.from() > s.to() && !introduced(s, n, byKind))) {
                continue;
            }
            Match<CueKind> trap = headTrap(n, tokens, byKind);
            if (trap == null) {
                trap = sentenceTrap(s, tokens, byKind);
            }
            ReportedClause found = new ReportedClause(s, n, trap, subject(s, n, byKind), report(s, tokens, byKind));
            if (found.trap() == null) {
                return found;
            }
            if (trapped == null) {
                trapped = found;
            }
        }
        return trapped;
    }

    /**
     * The verb inside an other-sense phrase: hearsay ("is said to have", "reportedly told", "aurait
     * déclaré") reports what a story claims someone said, not what the speaker answers.
     */
    private static boolean hearsay(Match<CueKind> s, Map<CueKind, List<Match<CueKind>>> byKind) {
        for (Match<CueKind> t : byKind.getOrDefault(CueKind.SENSE, List.of())) {
            if (t.from() <= s.from() && s.to() <= t.to()) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedSpeech(Match<CueKind> s, Tokens tokens, List<Match<CueKind>> negators) {
        for (Match<CueKind> n : negators) {
            if (n.to() <= s.from()
                    && n.to() >= s.from() - NEGATED_SPEECH
                    && tokens.sentence(n.from()) == tokens.sentence(s.from())) {
                return true;
            }
        }
        return false;
    }

    private static Match<CueKind> negatorAfter(
            Match<CueKind> s, Tokens tokens, List<Match<CueKind>> negators, int reach) {
        for (Match<CueKind> n : negators) {
            if (n.from() >= s.to()
                    && n.from() < s.to() + reach
                    && tokens.sentence(n.from()) == tokens.sentence(s.from())) {
                return n;
            }
        }
        return null;
    }

    /**
     * A trap phrase in the clause's head, or a modal at its negator ("ne devait pas être pris au
     * sérieux", "should not"): the clause then says what ought not be, not what is not. The future
     * traps it too ("said they would not", "will not", "إنه لن"): reported, it is a pledge or a
     * refusal, not the answer to a report of what happened.
     */
    private static Match<CueKind> headTrap(Match<CueKind> n, Tokens tokens, Map<CueKind, List<Match<CueKind>>> byKind) {
        if (FUTURE_NEGATORS.contains(tokens.word(n.from()))) {
            return n;
        }
        for (Match<CueKind> t : byKind.getOrDefault(CueKind.MODAL, List.of())) {
            boolean atNegator = t.to() >= n.from() - MODAL_BEFORE && t.from() <= n.to();
            if (atNegator && tokens.sentence(t.from()) == tokens.sentence(n.from())) {
                return t;
            }
        }
        int end = negationEnd(n, byKind.getOrDefault(CueKind.NEGATOR, List.of()));
        for (CueKind kind : HEAD_TRAPS) {
            for (Match<CueKind> t : byKind.getOrDefault(kind, List.of())) {
                boolean inHead = t.to() > n.from() && t.from() <= end + HEAD;
                if (inHead && tokens.sentence(t.from()) == tokens.sentence(n.from())) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * Where the negation that {@code n} opens ends: French splits it ("n'avoir, à ce stade, aucune
     * preuve", "ne pas avoir"), so the head is read after its last part.
     */
    private static int negationEnd(Match<CueKind> n, List<Match<CueKind>> negators) {
        int end = n.to();
        for (Match<CueKind> m : negators) {
            if (m.from() >= n.from() && m.from() <= end + HEAD) {
                end = Math.max(end, m.to());
            }
        }
        return end;
    }

    /** A complementiser or the clause's own subject stands between the verb and the negator. */
    private static boolean introduced(Match<CueKind> s, Match<CueKind> n, Map<CueKind, List<Match<CueKind>>> byKind) {
        for (CueKind kind : new CueKind[] {CueKind.COMPLEMENT, CueKind.CLAUSE_SUBJECT}) {
            for (Match<CueKind> c : byKind.getOrDefault(kind, List.of())) {
                if (c.from() >= s.to() && c.from() <= n.from()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Match<CueKind> sentenceTrap(
            Match<CueKind> s, Tokens tokens, Map<CueKind, List<Match<CueKind>>> byKind) {
        for (CueKind kind : SENTENCE_TRAPS) {
            for (Match<CueKind> t : byKind.getOrDefault(kind, List.of())) {
                if (tokens.sentence(t.from()) == tokens.sentence(s.from())) {
                    return t;
                }
            }
        }
        return null;
    }

    private static Match<CueKind> subject(
            Match<CueKind> s, Match<CueKind> n, Map<CueKind, List<Match<CueKind>>> byKind) {
        for (Match<CueKind> p : byKind.getOrDefault(CueKind.CLAUSE_SUBJECT, List.of())) {
            if (p.from() >= s.to() && p.from() <= n.from()) {
                return p;
            }
        }
        return null;
    }

    private static Match<CueKind> report(Match<CueKind> s, Tokens tokens, Map<CueKind, List<Match<CueKind>>> byKind) {
        int sentence = tokens.sentence(s.from());
        for (Match<CueKind> o : byKind.getOrDefault(CueKind.OBJECT, List.of())) {
            int at = tokens.sentence(o.from());
            if (at == sentence || at == sentence - 1) {
                return o;
            }
        }
        return null;
    }
}
