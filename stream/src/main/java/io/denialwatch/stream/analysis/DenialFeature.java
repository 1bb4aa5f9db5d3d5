package io.denialwatch.stream.analysis;

import java.util.Locale;

/**
 * What {@link DenialDetector} observes in a text, each present or not. A calibrated
 * {@link DetectorModel} weighs them into a score; each cue shown on an alert carries the weight of
 * the feature it raised, so the decision stays explainable. Names are stable: the model file
 * refers to features by name, and a feature the file does not know weighs nothing.
 */
public enum DenialFeature {
    /** A denial predicate (denied, نفى, dément) that no trap disarmed. */
    PREDICATE,
    /** …governing an object or complement (a report, that, أن, que, a quote). */
    PREDICATE_SUPPORTED,
    /** A truth-value phrase (not true, لا صحة, infondé) that no trap disarmed. */
    TRUTH,
    TRUTH_SUPPORTED,
    /** An attribution negation (never said, منسوبة لي, propos prêtés). */
    ATTRIBUTION,
    /** A dismissal without a denial word (nonsense, no intention to, il n'y a jamais eu). */
    DISMISSAL,
    /** Two or more of the above. */
    SEVERAL,
    /** A first-person word in the sentence of a cue (I, أنفي, je). */
    FIRST_PERSON,
    /** An office that speaks for someone (a spokesperson, المكتب الإعلامي, l'entourage). */
    OFFICE,
    /** The text names a known outlet. */
    OUTLET,
    /** Reported speech (said, قال, a déclaré). */
    SPEECH,
    /**
     * Reported speech governing a negated clause ("said he had not met", "assure n'avoir jamais",
     * "قال إنه لم"), with no trap at the clause's head. Counts as a cue of its own.
     */
    SPEECH_NEGATED_CLAUSE,
    /** …a report, rumour or claim named in its sentence or the one before. */
    REPORT_CONTEXT,
    /** …the clause's subject is the speaker itself ("said he had not", "إنه لم", "n'avoir"). */
    CLAUSE_SELF,
    /** Reported speech governing a negated clause whose head states a fact or withholds (no knowledge, no plans, not guilty). */
    CLAUSE_HEAD,
    /** Only truth phrases, and nobody is reported to say them. */
    UNSPOKEN_TRUTH,
    NEGATED,
    MODAL,
    NON_CONFIRMATION,
    REFUSAL,
    OTHER_SENSE,
    QUESTION,
    STAND_BY,
    ADMISSION,
    META,
    LANG_AR,
    LANG_FR;

    /** The name in the model file and on cues: {@code predicate_supported}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
