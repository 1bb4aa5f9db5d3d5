package io.denialwatch.stream.analysis;

import io.denialwatch.common.model.Cue;
import io.denialwatch.common.text.FoldedText;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.lexicon.CueKind;
import io.denialwatch.stream.analysis.lexicon.Lexicon;
import io.denialwatch.stream.analysis.text.PhraseIndex;
import io.denialwatch.stream.analysis.text.PhraseIndex.Match;
import io.denialwatch.stream.analysis.text.WordStems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a text in one language is a denial, following docs/detection.md: a denial
 * predicate, truth-value phrase or attribution negation that is not negated, not modal, not a
 * non-confirmation or refusal, not another sense of the word and not in a question; predicates
 * and truth phrases must also govern an object (a report, تقارير, des propos) or a complement
 * (that, أن, que, a quote) to count fully. What it finds becomes a set of {@link DenialFeature}s,
 * and the calibrated {@link DetectorModel} weighs them into the score; each cue carries the weight
 * its feature added, so an alert shows why.
 */
public final class DenialDetector {

    /**
     * NegEx-style windows, in words before the cue. A truth phrase or attribution negation carries
     * its own negation (لا صحة, never said), so only a negator right before it flips it; a
     * wider window would read "لا يعدو كونه ادعاءات لا تمت للحقيقة" as negated.
     */
    private static final int NEGATION_WINDOW = 3;

    private static final int NEGATION_WINDOW_NEGATIVE_CUE = 1;
    private static final Set<String> NE = Set.of("ne", "n");
    /** What makes a French "ne" a negation (folded): ne … pas, ne … jamais, n'… aucun. */
    private static final Set<String> FORCLUSIVES = Set.of(
            "pas",
            "plus",
            "jamais",
            "rien",
            "personne",
            "aucun",
            "aucune",
            "guere",
            "point",
            "nullement",
            "ni",
            "nulle");
    /** Words after "ne" within which its second half stands: "ne l a jamais dementi". */
    private static final int FORCLUSIVE_REACH = 5;

    private static final int MODAL_WINDOW = 4;
    /** Modals that only put a statement in the future (folded): will, would, shall; va, vont. */
    static final Set<String> FUTURE = Set.of("will", "would", "shall", "going", "va", "vont");
    /** How far after a predicate its verb complement may start (past adverbs and pronouns). */
    private static final int VERB_REACH = 3;
    /** French words before an infinitive: "nie formellement l'avoir", "dément se présenter". */
    private static final Set<String> FR_CLITICS =
            Set.of("se", "s", "l", "le", "la", "les", "y", "en", "me", "m", "lui");
    /** Words in -er, -ir, -re that are no infinitive and may follow a verb. */
    private static final Set<String> FR_NOT_INFINITIVES = Set.of(
            "hier",
            "premier",
            "dernier",
            "entier",
            "notre",
            "votre",
            "contre",
            "entre",
            "outre",
            "ministre",
            "autre",
            "quatre",
            "soir",
            "leur",
            "cadre",
            "ordre",
            "centre",
            "titre",
            "lettre",
            "pouvoir",
            "devoir",
            "septembre",
            "octobre",
            "novembre",
            "decembre",
            "encore",
            "comme",
            "plusieurs");
    /** Words in -ing that are no gerund and may follow a verb. */
    private static final Set<String> EN_NOT_GERUNDS = Set.of(
            "during",
            "morning",
            "evening",
            "nothing",
            "something",
            "anything",
            "everything",
            "according",
            "including",
            "following",
            "regarding",
            "concerning",
            "pending",
            "thursday");
    /** Where an object or complement may stand, in words before and after the cue. */
    private static final int SUPPORT_BEFORE = 6;
    /** A truth phrase is said of a subject that may be long: "reports that X had been hospitalised were baseless". */
    private static final int SUPPORT_BEFORE_TRUTH = 10;

    private static final int SUPPORT_AFTER = 8;
    /**
     * Arabic news puts the whole subject between the verb and its object ("نفى الألماني يورغن كلوب
     * مدرب ليفربول الإنجليزي، اليوم الجمعة، ما يشاع"): the object may stand further after the cue.
     */
    private static final int SUPPORT_AFTER_ARABIC = 14;
    /** Marks between a negator and a cue that put them in different clauses (folded text). */
    private static final String CLAUSE_BREAKS = ",()\u2013\u2014";
    /** A quote mark or colon this close after a cue introduces the denied words. */
    private static final int QUOTE_CHARS = 40;

    private final String lang;
    private final boolean french;
    private final PhraseIndex<CueKind> index;
    /**
     * The cues again, matched through word stems, in the languages {@link WordStems} stems: the
     * inflected forms the lexicon does not list ("infondées", "démenties", "mensongère"). Null
     * for the other languages.
     */
    private final PhraseIndex<CueKind> stemIndex;

    private final DetectorModel model;
    private final double threshold;
    private final int supportAfter;
    /** How far after a reporting verb the negator of its clause may stand. */
    private final int clauseReach;
    /** English is the model's reference language: it has no feature of its own. */
    private final DenialFeature langFeature;

    public DenialDetector(Lexicon lexicon, double threshold) {
        this(lexicon, DetectorModel.bundled(), threshold);
    }

    public DenialDetector(Lexicon lexicon, DetectorModel model, double threshold) {
        this.lang = lexicon.lang();
        this.french = lang.equals("fr");
        this.index = new PhraseIndex<>(lexicon.proclitics());
        lexicon.entries().forEach((kind, phrases) -> phrases.forEach(p -> index.add(p, kind)));
        if (WordStems.stems(lang)) {
            this.stemIndex = new PhraseIndex<>(lexicon.proclitics(), WordStems.of(lang));
            lexicon.entries().forEach((kind, phrases) -> {
                if (kind.isCore()) {
                    phrases.forEach(p -> stemIndex.add(p, kind));
                }
            });
        } else {
            this.stemIndex = null;
        }
        this.model = model;
        this.threshold = threshold;
        this.supportAfter = lang.equals("ar") ? SUPPORT_AFTER_ARABIC : SUPPORT_AFTER;
        this.clauseReach = lang.equals("ar") ? ReportedClause.REACH_ARABIC : ReportedClause.REACH;
        this.langFeature = switch (lang) {
            case "ar" -> DenialFeature.LANG_AR;
            case "fr" -> DenialFeature.LANG_FR;
            default -> null;
        };
    }

    public String lang() {
        return lang;
    }

    /**
     * @param outletNamed whether the text names a known outlet (a join signal that also makes a
     *                    denial more likely)
     */
    public DenialVerdict detect(Tokens tokens, boolean outletNamed) {
        List<Match<CueKind>> all = index.find(tokens);
        if (stemIndex != null) {
            all = withStemmed(all, stemIndex.find(tokens), tokens);
        }
        Map<CueKind, List<Match<CueKind>>> byKind = new EnumMap<>(CueKind.class);
        for (Match<CueKind> m : all) {
            if (m.value() == CueKind.NEGATOR && french && expletiveNe(m, tokens)) {
                continue;
            }
            byKind.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m);
        }
        Set<DenialFeature> on = EnumSet.noneOf(DenialFeature.class);
        List<Cue> cues = new ArrayList<>();
        int core = 0;
        boolean onlyTruth = true;
        boolean firstPerson = false;
        int firstCue = -1;
        for (Match<CueKind> m : all) {
            if (!m.value().isCore() || withinLongerCue(m, all)) {
                continue;
            }
            String trap = trapFor(m, tokens, byKind);
            if (trap != null) {
                DenialFeature f = trapFeature(trap);
                on.add(f);
                cues.add(cue(trap, m.from(), m.to(), tokens, model.weight(f)));
                continue;
            }
            DenialFeature plain = plainFeature(m.value());
            on.add(plain);
            cues.add(cue(m.value().cueType(), m.from(), m.to(), tokens, model.weight(plain)));
            Match<CueKind> support = support(m, tokens, byKind, supportAfter);
            if (support == null && m.value() == CueKind.PREDICATE) {
                support = verbalComplement(m, tokens);
            }
            DenialFeature governed = supportedFeature(m.value());
            if (governed != null && (support != null || quoteFollows(m, tokens) || reportBefore(m, tokens, byKind))) {
                on.add(governed);
                if (support != null && (support.to() <= m.from() || support.from() >= m.to())) {
                    cues.add(cue(
                            support.value().cueType(), support.from(), support.to(), tokens, model.weight(governed)));
                }
            }
            core++;
            onlyTruth &= m.value() == CueKind.TRUTH;
            if (firstCue < 0) {
                firstCue = m.from();
            }
            firstPerson |= sameSentence(m, tokens, byKind.get(CueKind.FIRST_PERSON));
        }
        // only where no cue word stands: there the denial is already read, and the model weighs
        // the reported clause against the texts it alone would make denials
        ReportedClause reported =
                core > 0 ? null : ReportedClause.find(tokens, byKind, clauseReach, !lang.equals("en"));
        if (reported != null && reported.trap() != null) {
            Match<CueKind> t = reported.trap();
            on.add(DenialFeature.CLAUSE_HEAD);
            cues.add(cue(
                    CueKind.CLAUSE_TRAP.cueType(), t.from(), t.to(), tokens, model.weight(DenialFeature.CLAUSE_HEAD)));
        } else if (reported != null) {
            reportedClause(reported, tokens, on, cues);
            core++;
            onlyTruth = false;
            if (firstCue < 0 || reported.speech().from() < firstCue) {
                firstCue = reported.speech().from();
            }
        }
        Match<CueKind> office = null;
        if (core > 0) {
            // what strengthens a denial only counts where there is one to strengthen
            if (core > 1) {
                on.add(DenialFeature.SEVERAL);
            }
            office = first(byKind.get(CueKind.OFFICE));
            if (firstPerson) {
                on.add(DenialFeature.FIRST_PERSON);
                Match<CueKind> fp = first(byKind.get(CueKind.FIRST_PERSON));
                cues.add(cue(
                        fp.value().cueType(), fp.from(), fp.to(), tokens, model.weight(DenialFeature.FIRST_PERSON)));
            }
            if (office != null) {
                on.add(DenialFeature.OFFICE);
                cues.add(cue(
                        office.value().cueType(),
                        office.from(),
                        office.to(),
                        tokens,
                        model.weight(DenialFeature.OFFICE)));
            }
            if (outletNamed) {
                on.add(DenialFeature.OUTLET);
            }
            boolean speech = byKind.get(CueKind.SPEECH) != null;
            if (speech) {
                on.add(DenialFeature.SPEECH);
            }
            if (onlyTruth && !firstPerson && office == null && !speech) {
                on.add(DenialFeature.UNSPOKEN_TRUTH);
            }
        }
        weakeners(tokens, byKind, on, cues);
        if (langFeature != null) {
            on.add(langFeature);
        }
        double score = model.score(on);
        boolean denial = core > 0 && score >= threshold;
        return new DenialVerdict(
                score,
                denial,
                cues,
                firstPerson,
                office == null ? -1 : office.from(),
                office == null ? -1 : office.to(),
                firstCue,
                on);
    }

    /** The features and cues of reported speech governing a negated clause with no trap at its head. */
    private void reportedClause(ReportedClause r, Tokens tokens, Set<DenialFeature> on, List<Cue> cues) {
        feature(
                DenialFeature.SPEECH_NEGATED_CLAUSE,
                CueKind.REPORTING,
                r.speech().from(),
                r.negator().to(),
                tokens,
                on,
                cues);
        if (r.self() != null) {
            feature(
                    DenialFeature.CLAUSE_SELF,
                    CueKind.CLAUSE_SUBJECT,
                    r.self().from(),
                    r.self().to(),
                    tokens,
                    on,
                    cues);
        }
        if (r.report() != null) {
            feature(
                    DenialFeature.REPORT_CONTEXT,
                    CueKind.OBJECT,
                    r.report().from(),
                    r.report().to(),
                    tokens,
                    on,
                    cues);
        }
    }

    /** Turns {@code feature} on and shows it as a cue over words [from, to) with the weight it carries. */
    private void feature(
            DenialFeature feature,
            CueKind kind,
            int from,
            int to,
            Tokens tokens,
            Set<DenialFeature> on,
            List<Cue> cues) {
        on.add(feature);
        cues.add(cue(kind.cueType(), from, to, tokens, model.weight(feature)));
    }

    /**
     * The word-for-word matches, and the cues found only through stems, in text order. A stem
     * match counts only where the words were found word for word as nothing but a negator or a
     * modal (which stand before a cue): a word the lexicon lists as an object or a trap keeps
     * that reading.
     */
    private static List<Match<CueKind>> withStemmed(
            List<Match<CueKind>> exact, List<Match<CueKind>> stemmed, Tokens tokens) {
        List<Match<CueKind>> out = new ArrayList<>(exact);
        for (Match<CueKind> m : stemmed) {
            if (capitalisedInSentence(tokens, m.from())) {
                // a stem shared by a name ("Balar" and "balaie" both stem to "bal"): a cue's
                // inflected form is written in lower case, except at the start of a sentence
                continue;
            }
            boolean known = false;
            for (Match<CueKind> e : exact) {
                boolean overlaps = e.from() < m.to() && m.from() < e.to();
                boolean other = m.value().isCore() && e.value() != CueKind.NEGATOR && e.value() != CueKind.MODAL;
                known |= overlaps && (e.value() == m.value() || other);
            }
            if (!known) {
                out.add(m);
            }
        }
        if (out.size() > exact.size()) {
            out.sort(Comparator.comparingInt(Match<CueKind>::from).thenComparingInt(Match::to));
        }
        return out;
    }

    /**
     * Another cue phrase covers the words of {@code m} and more, or the same words and was listed
     * first: "never gave" inside "never gave an interview" is one cue, not two, so it neither
     * counts as {@link DenialFeature#SEVERAL} nor shows twice on an alert.
     */
    private static boolean capitalisedInSentence(Tokens tokens, int i) {
        if (i == 0 || tokens.sentence(i - 1) != tokens.sentence(i)) {
            return false;
        }
        // a capital then lower case: "Balar", not a headline in capitals ("DÉMENTIES")
        String original = tokens.text().original();
        int at = tokens.text().originalStart(tokens.start(i));
        return Character.isUpperCase(original.charAt(at))
                && at + 1 < original.length()
                && Character.isLowerCase(original.charAt(at + 1));
    }

    private static boolean withinLongerCue(Match<CueKind> m, List<Match<CueKind>> all) {
        for (Match<CueKind> o : all) {
            if (o == m || !o.value().isCore() || o.from() > m.from() || o.to() < m.to()) {
                continue;
            }
            if (o.to() - o.from() > m.to() - m.from() || all.indexOf(o) < all.indexOf(m)) {
                return true;
            }
        }
        return false;
    }

    private static DenialFeature plainFeature(CueKind kind) {
        return switch (kind) {
            case PREDICATE -> DenialFeature.PREDICATE;
            case TRUTH -> DenialFeature.TRUTH;
            case ATTRIBUTION -> DenialFeature.ATTRIBUTION;
            case DISMISSAL -> DenialFeature.DISMISSAL;
            default -> throw new IllegalArgumentException("not a core cue: " + kind);
        };
    }

    /** Predicates and truth phrases are stronger when they govern a report or a clause; the others carry their object. */
    private static DenialFeature supportedFeature(CueKind kind) {
        return switch (kind) {
            case PREDICATE -> DenialFeature.PREDICATE_SUPPORTED;
            case TRUTH -> DenialFeature.TRUTH_SUPPORTED;
            default -> null;
        };
    }

    private static DenialFeature trapFeature(String trap) {
        return switch (trap) {
            case "trap:question" -> DenialFeature.QUESTION;
            case "trap:negated" -> DenialFeature.NEGATED;
            case "trap:modal" -> DenialFeature.MODAL;
            case "trap:non_confirmation" -> DenialFeature.NON_CONFIRMATION;
            case "trap:refusal" -> DenialFeature.REFUSAL;
            case "trap:other_sense" -> DenialFeature.OTHER_SENSE;
            default -> throw new IllegalArgumentException("no feature for " + trap);
        };
    }

    /**
     * A French "ne" with no pas, jamais, rien, aucun… after it is expletive, not a negation: "avant
     * qu'elle ne démente", "à moins qu'il ne nie", "de peur qu'on ne conteste". The second half
     * follows within a few words ("n'a jamais démenti", "ne l'a pas démenti", "ne dément pas").
     */
    private static boolean expletiveNe(Match<CueKind> negator, Tokens tokens) {
        if (negator.to() - negator.from() != 1 || !NE.contains(tokens.word(negator.from()))) {
            return false;
        }
        int sentence = tokens.sentence(negator.from());
        int end = Math.min(tokens.size(), negator.to() + FORCLUSIVE_REACH);
        for (int i = negator.to(); i < end && tokens.sentence(i) == sentence; i++) {
            if (FORCLUSIVES.contains(tokens.word(i))) {
                return false;
            }
        }
        return true;
    }

    /** The trap that disarms a core cue, as a cue type, or null when the cue stands. */
    private static String trapFor(Match<CueKind> m, Tokens tokens, Map<CueKind, List<Match<CueKind>>> byKind) {
        if (tokens.inQuestion(m.from())) {
            return "trap:question";
        }
        for (CueKind kind : new CueKind[] {CueKind.NON_CONFIRMATION, CueKind.REFUSAL, CueKind.SENSE}) {
            for (Match<CueKind> t : byKind.getOrDefault(kind, List.of())) {
                boolean overlaps = t.from() < m.to() && m.from() < t.to();
                boolean sentenceWide =
                        kind == CueKind.NON_CONFIRMATION && tokens.sentence(t.from()) == tokens.sentence(m.from());
                if (overlaps || sentenceWide) {
                    return kind.cueType();
                }
            }
        }
        int negation = m.value() == CueKind.PREDICATE ? NEGATION_WINDOW : NEGATION_WINDOW_NEGATIVE_CUE;
        if (!startsNegated(m, byKind.get(CueKind.NEGATOR))
                && precededBy(m, tokens, byKind.get(CueKind.NEGATOR), negation, true)) {
            return CueKind.NEGATOR.cueType();
        }
        List<Match<CueKind>> modals = byKind.get(CueKind.MODAL);
        if (startsNegated(m, byKind.get(CueKind.NEGATOR))) {
            modals = withoutFuture(modals, tokens);
        }
        if (precededBy(m, tokens, modals, MODAL_WINDOW, false)) {
            return CueKind.MODAL.cueType();
        }
        return null;
    }

    /**
     * The modals but the future auxiliaries. A phrase carrying its own negation says what will not
     * happen in the future as firmly as in the present ("he will not be leaving", "would never
     * resign", "le site ne va pas fermer"): the answer to a rumour, not a hypothesis.
     */
    private static List<Match<CueKind>> withoutFuture(List<Match<CueKind>> modals, Tokens tokens) {
        if (modals == null) {
            return null;
        }
        List<Match<CueKind>> out = new ArrayList<>(modals.size());
        for (Match<CueKind> t : modals) {
            if (!FUTURE.contains(tokens.word(t.from()))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The cue opens with its own negation ("pas enceinte", "aucun lien", "ne porte pas"): a negator
     * just before it is the other half of the same French ne … pas, or an interjection ("Non, Trump
     * ne porte pas …"), not a second negation that would undo it.
     */
    private static boolean startsNegated(Match<CueKind> m, List<Match<CueKind>> negators) {
        if (negators == null) {
            return false;
        }
        for (Match<CueKind> t : negators) {
            if (t.from() == m.from()) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseBreak(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.indexOf(s.charAt(i)) >= 0 || dash(s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A hyphen with a space on one side is a dash that opens or closes an aside, as Arabic news
     * writes them ("عن مصدر -لم تذكر هويته- نفيه"); inside a word it only joins ("n'a-t-il").
     */
    private static boolean dash(String s, int i) {
        return s.charAt(i) == '-'
                && ((i > 0 && s.charAt(i - 1) == ' ') || (i + 1 < s.length() && s.charAt(i + 1) == ' '));
    }

    /**
     * A phrase of {@code list} ends within {@code window} words before {@code m}, in its sentence;
     * with {@code inClause}, also with no comma or bracket between: "Not surprisingly, he denied …"
     * and "Ne vous inquiétez pas, tout va bien" negate another clause, not the cue. A modal reaches
     * over commas ("would have to confirm, deny or clarify").
     */
    private static boolean precededBy(
            Match<CueKind> m, Tokens tokens, List<Match<CueKind>> list, int window, boolean inClause) {
        if (list == null) {
            return false;
        }
        String s = tokens.text().folded();
        for (Match<CueKind> t : list) {
            if (t.to() <= m.from()
                    && t.to() >= m.from() - window
                    && tokens.sentence(t.from()) == tokens.sentence(m.from())
                    && !(inClause && clauseBreak(s, tokens.end(t.to() - 1), tokens.start(m.from())))) {
                return true;
            }
        }
        return false;
    }

    /** The object or complement the cue governs, if any. */
    private static Match<CueKind> support(
            Match<CueKind> m, Tokens tokens, Map<CueKind, List<Match<CueKind>>> byKind, int reach) {
        for (CueKind kind : new CueKind[] {CueKind.OBJECT, CueKind.COMPLEMENT}) {
            for (Match<CueKind> o : byKind.getOrDefault(kind, List.of())) {
                int before = m.value() == CueKind.TRUTH ? SUPPORT_BEFORE_TRUTH : SUPPORT_BEFORE;
                boolean near = o.from() >= m.from() - before && o.from() < m.to() + reach;
                boolean after = kind == CueKind.OBJECT || o.from() >= m.to();
                if (near && after && tokens.sentence(o.from()) == tokens.sentence(m.from())) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * The verb a denial predicate governs right after it, past adverbs and object pronouns: an
     * English gerund ("denied colluding", "flatly denied ordering") or a French infinitive ("a
     * démenti vouloir quitter", "nie formellement se présenter"). Read from the word's ending, so
     * no list of verbs is needed; the words with those endings that are no verb are set apart.
     */
    private Match<CueKind> verbalComplement(Match<CueKind> m, Tokens tokens) {
        if (!french && !lang.equals("en")) {
            return null;
        }
        int sentence = tokens.sentence(m.from());
        for (int i = m.to(); i < Math.min(tokens.size(), m.to() + VERB_REACH); i++) {
            String w = tokens.word(i);
            if (tokens.sentence(i) != sentence) {
                return null;
            }
            boolean adverb = french ? w.endsWith("ment") || FR_CLITICS.contains(w) : w.endsWith("ly");
            if (adverb) {
                continue;
            }
            boolean verb = french
                    ? w.length() >= 4
                            && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re") || w.endsWith("oir"))
                            && !FR_NOT_INFINITIVES.contains(w)
                    : w.length() >= 6 && w.endsWith("ing") && !EN_NOT_GERUNDS.contains(w);
            return verb ? new Match<>(CueKind.COMPLEMENT, i, i + 1) : null;
        }
        return null;
    }

    /**
     * A predicate with no object of its own whose sentence, or the one before, has already named
     * the report before it:
     * "on évoque dans la presse sa maladie, lui comme son épouse ont démenti ce lundi", "des
     * rumeurs avaient circulé …, avant qu'elle ne démente". Only a predicate, and only an object
     * before it: the verb then takes the report as its understood object.
     */
    private static boolean reportBefore(Match<CueKind> m, Tokens tokens, Map<CueKind, List<Match<CueKind>>> byKind) {
        if (m.value() != CueKind.PREDICATE) {
            return false;
        }
        for (Match<CueKind> o : byKind.getOrDefault(CueKind.OBJECT, List.of())) {
            if (o.to() <= m.from() && tokens.sentence(o.from()) >= tokens.sentence(m.from()) - 1) {
                return true;
            }
        }
        return false;
    }

    /** "denied: …", "dément « … »": the denied words follow. */
    private static boolean quoteFollows(Match<CueKind> m, Tokens tokens) {
        String s = tokens.text().folded();
        int from = tokens.end(m.to() - 1);
        int to = Math.min(s.length(), from + QUOTE_CHARS);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == ':') {
                return true;
            }
            if (c == '.' || c == '\n' || c == '?' || c == '!') {
                return false;
            }
        }
        return false;
    }

    private static boolean sameSentence(Match<CueKind> m, Tokens tokens, List<Match<CueKind>> list) {
        if (list == null) {
            return false;
        }
        for (Match<CueKind> t : list) {
            if (tokens.sentence(t.from()) == tokens.sentence(m.from())) {
                return true;
            }
        }
        return false;
    }

    /** Stand-by, an admission (before or after the denial it undoes) and meta-discussion weaken the whole post. */
    private void weakeners(
            Tokens tokens, Map<CueKind, List<Match<CueKind>>> byKind, Set<DenialFeature> on, List<Cue> cues) {
        for (CueKind kind : new CueKind[] {CueKind.STAND_BY, CueKind.ADMISSION, CueKind.META}) {
            Match<CueKind> m = firstOutside(byKind.get(kind), byKind.get(CueKind.SENSE));
            if (m != null) {
                DenialFeature f = DenialFeature.valueOf(kind.name());
                on.add(f);
                cues.add(cue(kind.cueType(), m.from(), m.to(), tokens, model.weight(f)));
            }
        }
    }

    private static Match<CueKind> first(List<Match<CueKind>> list) {
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** The first match of {@code list} that no other-sense phrase covers ("admitted to hospital"). */
    private static Match<CueKind> firstOutside(List<Match<CueKind>> list, List<Match<CueKind>> senses) {
        if (list == null) {
            return null;
        }
        for (Match<CueKind> m : list) {
            boolean covered = false;
            for (Match<CueKind> t : senses == null ? List.<Match<CueKind>>of() : senses) {
                covered |= t.from() <= m.from() && m.to() <= t.to();
            }
            if (!covered) {
                return m;
            }
        }
        return null;
    }

    /** A cue whose span and text point into the original (analysed) text. */
    static Cue cue(String type, int fromToken, int toToken, Tokens tokens, double weight) {
        FoldedText t = tokens.text();
        int start = t.originalStart(tokens.start(fromToken));
        int end = t.originalEnd(tokens.end(toToken - 1));
        return new Cue(type, t.original().substring(start, end), start, end, Math.round(weight * 1000) / 1000.0);
    }
}
