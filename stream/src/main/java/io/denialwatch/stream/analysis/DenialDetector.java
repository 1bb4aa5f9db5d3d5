package io.denialwatch.stream.analysis;

import io.denialwatch.common.model.Cue;
import io.denialwatch.stream.analysis.lexicon.CueKind;
import io.denialwatch.stream.analysis.lexicon.Lexicon;
import io.denialwatch.stream.analysis.text.FoldedText;
import io.denialwatch.stream.analysis.text.PhraseIndex;
import io.denialwatch.stream.analysis.text.PhraseIndex.Match;
import io.denialwatch.stream.analysis.text.Tokens;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a text in one language is a denial, following docs/detection.md: a denial
 * predicate, truth-value phrase or attribution negation that is not negated, not modal, not a
 * non-confirmation or refusal, not another sense of the word and not in a question; predicates
 * and truth phrases must also govern an object (a report, تقارير, des propos) or a complement
 * (that, أن, que, a quote). Each surviving cue adds evidence; a first person, an office or a
 * named outlet strengthen it; an outlet standing by its story or a later admission weaken it.
 */
public final class DenialDetector {

    /**
     * NegEx-style windows, in words before the cue. A truth phrase or attribution negation carries
     * its own negation (لا صحة, never said), so only a negator right before it flips it; a
     * wider window would read "لا يعدو كونه ادعاءات لا تمت للحقيقة" as negated.
     */
    private static final int NEGATION_WINDOW = 3;
    private static final int NEGATION_WINDOW_NEGATIVE_CUE = 1;
    private static final int MODAL_WINDOW = 4;
    /** Where an object or complement may stand, in words before and after the cue. */
    private static final int SUPPORT_BEFORE = 6;
    /** A truth phrase is said of a subject that may be long: "reports that X had been hospitalised were baseless". */
    private static final int SUPPORT_BEFORE_TRUTH = 10;
    private static final int SUPPORT_AFTER = 8;
    /** A quote mark or colon this close after a cue introduces the denied words. */
    private static final int QUOTE_CHARS = 40;

    private static final double SUPPORT = 0.30;
    private static final double FIRST_PERSON = 0.15;
    private static final double OFFICE = 0.15;
    private static final double OUTLET = 0.10;
    /** The most evidence a cue with nothing to govern can give: below any sensible threshold. */
    private static final double UNSUPPORTED_CAP = 0.45;
    /** A bare truth phrase nobody is reported to have said ("fake news is everywhere"). */
    private static final double UNSPOKEN_TRUTH = 0.6;
    private static final double STAND_BY = 0.25;
    private static final double ADMISSION = 0.25;
    private static final double META = 0.5;

    private final String lang;
    private final PhraseIndex<CueKind> index;
    private final double threshold;

    public DenialDetector(Lexicon lexicon, double threshold) {
        this.lang = lexicon.lang();
        this.index = new PhraseIndex<>(lexicon.proclitics());
        lexicon.entries().forEach((kind, phrases) -> phrases.forEach(p -> index.add(p, kind)));
        this.threshold = threshold;
    }

    public String lang() {
        return lang;
    }

    private static double weight(CueKind kind) {
        return switch (kind) {
            case PREDICATE -> 0.45;
            case TRUTH -> 0.40;
            case ATTRIBUTION -> 0.60;
            default -> 0.0;
        };
    }

    /**
     * @param outletNamed whether the text names a known outlet (a join signal that also makes a
     *                    denial more likely)
     */
    public DenialVerdict detect(Tokens tokens, boolean outletNamed) {
        List<Match<CueKind>> all = index.find(tokens);
        Map<CueKind, List<Match<CueKind>>> byKind = new EnumMap<>(CueKind.class);
        for (Match<CueKind> m : all) {
            byKind.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m);
        }
        List<Cue> cues = new ArrayList<>();
        double keep = 1.0;
        boolean deciding = false;
        boolean onlyTruth = true;
        boolean firstPerson = false;
        int firstCue = -1;
        for (Match<CueKind> m : all) {
            if (!m.value().isCore()) {
                continue;
            }
            String trap = trapFor(m, tokens, byKind);
            if (trap != null) {
                cues.add(cue(trap, m.from(), m.to(), tokens));
                continue;
            }
            Match<CueKind> support = support(m, tokens, byKind);
            boolean supported = support != null || quoteFollows(m, tokens);
            double w = weight(m.value());
            if (supported) {
                w = 1 - (1 - w) * (1 - SUPPORT);
            }
            keep *= 1 - w;
            cues.add(cue(m.value().cueType(), m.from(), m.to(), tokens));
            if (support != null && support.to() <= m.from() || support != null && support.from() >= m.to()) {
                cues.add(cue(support.value().cueType(), support.from(), support.to(), tokens));
            }
            if (supported || m.value() == CueKind.ATTRIBUTION) {
                deciding = true;
                onlyTruth &= m.value() == CueKind.TRUTH;
                if (firstCue < 0) {
                    firstCue = m.from();
                }
                firstPerson |= sameSentence(m, tokens, byKind.get(CueKind.FIRST_PERSON));
            }
        }
        Match<CueKind> office = first(byKind.get(CueKind.OFFICE));
        double score = 1 - keep;
        if (!deciding) {
            return new DenialVerdict(Math.min(score, UNSUPPORTED_CAP), false, cues, false, -1, -1, -1);
        }
        score = 1 - (1 - score) * (firstPerson ? 1 - FIRST_PERSON : 1) * (office != null ? 1 - OFFICE : 1)
                * (outletNamed ? 1 - OUTLET : 1);
        if (onlyTruth && !firstPerson && office == null && byKind.get(CueKind.SPEECH) == null) {
            score *= UNSPOKEN_TRUTH;
        }
        score *= suppression(tokens, byKind, cues);
        if (firstPerson) {
            Match<CueKind> fp = first(byKind.get(CueKind.FIRST_PERSON));
            cues.add(cue(fp.value().cueType(), fp.from(), fp.to(), tokens));
        }
        if (office != null) {
            cues.add(cue(office.value().cueType(), office.from(), office.to(), tokens));
        }
        score = Math.max(0, Math.min(1, score));
        return new DenialVerdict(score, score >= threshold, cues, firstPerson,
                office == null ? -1 : office.from(), office == null ? -1 : office.to(), firstCue);
    }

    /** The trap that disarms a core cue, as a cue type, or null when the cue stands. */
    private static String trapFor(Match<CueKind> m, Tokens tokens, Map<CueKind, List<Match<CueKind>>> byKind) {
        if (tokens.inQuestion(m.from())) {
            return "trap:question";
        }
        for (CueKind kind : new CueKind[] {CueKind.NON_CONFIRMATION, CueKind.REFUSAL, CueKind.SENSE}) {
            for (Match<CueKind> t : byKind.getOrDefault(kind, List.of())) {
                boolean overlaps = t.from() < m.to() && m.from() < t.to();
                boolean sentenceWide = kind == CueKind.NON_CONFIRMATION && tokens.sentence(t.from()) == tokens.sentence(m.from());
                if (overlaps || sentenceWide) {
                    return kind.cueType();
                }
            }
        }
        int negation = m.value() == CueKind.PREDICATE ? NEGATION_WINDOW : NEGATION_WINDOW_NEGATIVE_CUE;
        if (precededBy(m, tokens, byKind.get(CueKind.NEGATOR), negation)) {
            return CueKind.NEGATOR.cueType();
        }
        if (precededBy(m, tokens, byKind.get(CueKind.MODAL), MODAL_WINDOW)) {
            return CueKind.MODAL.cueType();
        }
        return null;
    }

    /** A phrase of {@code list} ends within {@code window} words before {@code m}, in its sentence. */
    private static boolean precededBy(Match<CueKind> m, Tokens tokens, List<Match<CueKind>> list, int window) {
        if (list == null) {
            return false;
        }
        for (Match<CueKind> t : list) {
            if (t.to() <= m.from() && t.to() >= m.from() - window && tokens.sentence(t.from()) == tokens.sentence(m.from())) {
                return true;
            }
        }
        return false;
    }

    /** The object or complement the cue governs, if any. */
    private static Match<CueKind> support(Match<CueKind> m, Tokens tokens, Map<CueKind, List<Match<CueKind>>> byKind) {
        for (CueKind kind : new CueKind[] {CueKind.OBJECT, CueKind.COMPLEMENT}) {
            for (Match<CueKind> o : byKind.getOrDefault(kind, List.of())) {
                int before = m.value() == CueKind.TRUTH ? SUPPORT_BEFORE_TRUTH : SUPPORT_BEFORE;
                boolean near = o.from() >= m.from() - before && o.from() < m.to() + SUPPORT_AFTER;
                boolean after = kind == CueKind.OBJECT || o.from() >= m.to();
                if (near && after && tokens.sentence(o.from()) == tokens.sentence(m.from())) {
                    return o;
                }
            }
        }
        return null;
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
    private static double suppression(Tokens tokens, Map<CueKind, List<Match<CueKind>>> byKind, List<Cue> cues) {
        double factor = 1.0;
        Match<CueKind> standBy = first(byKind.get(CueKind.STAND_BY));
        if (standBy != null) {
            factor *= STAND_BY;
            cues.add(cue(standBy.value().cueType(), standBy.from(), standBy.to(), tokens));
        }
        Match<CueKind> admission = first(byKind.get(CueKind.ADMISSION));
        if (admission != null) {
            factor *= ADMISSION;
            cues.add(cue(admission.value().cueType(), admission.from(), admission.to(), tokens));
        }
        Match<CueKind> meta = first(byKind.get(CueKind.META));
        if (meta != null) {
            factor *= META;
            cues.add(cue(meta.value().cueType(), meta.from(), meta.to(), tokens));
        }
        return factor;
    }

    private static Match<CueKind> first(List<Match<CueKind>> list) {
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** A cue whose span and text point into the original (analysed) text. */
    static Cue cue(String type, int fromToken, int toToken, Tokens tokens) {
        FoldedText t = tokens.text();
        int start = t.originalStart(tokens.start(fromToken));
        int end = t.originalEnd(tokens.end(toToken - 1));
        return new Cue(type, t.original().substring(start, end), start, end);
    }
}
