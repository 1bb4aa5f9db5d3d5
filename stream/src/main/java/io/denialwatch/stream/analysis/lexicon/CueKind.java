package io.denialwatch.stream.analysis.lexicon;

import java.util.Locale;

/** The categories of a lexicon file; each becomes a cue type in the analysis output. */
public enum CueKind {
    /** A: deny, نفى, démentir. */
    PREDICATE("denial_predicate"),
    /** B: not true, عار عن الصحة, infondé. */
    TRUTH("truth_value"),
    /** C: never gave an interview, لم أجرِ أي مقابلة, propos qui lui sont prêtés. */
    ATTRIBUTION("attribution_negation"),
    /** A dismissal without a denial word: "no intention to", "nonsense", il n'y a jamais eu. */
    DISMISSAL("dismissal"),
    /** D: report, تقارير, article. */
    OBJECT("object"),
    /** What introduces the denied content: that, أن, que, a quote mark. */
    COMPLEMENT("complement"),
    /** E: I, we, أنفي, je. */
    FIRST_PERSON("first_person"),
    /** E: a spokesperson, a media office, المكتب الإعلامي, porte-parole. */
    OFFICE("office"),
    /** Reported speech: said, قال, a déclaré. */
    SPEECH("speech"),
    /** A verb that reports a clause: said, insisted, a affirmé, assure, قال, أكد. */
    REPORTING("speech_negated_clause"),
    /** The clause's subject is the speaker: "said he", "qu'il", "n'avoir", "إنه". */
    CLAUSE_SUBJECT("clause_subject"),
    /** A negated clause's head that states a fact or withholds, not a denial: no knowledge, no plans, not guilty. */
    CLAUSE_TRAP("trap:clause_head"),
    NEGATOR("trap:negated"),
    MODAL("trap:modal"),
    NON_CONFIRMATION("trap:non_confirmation"),
    REFUSAL("trap:refusal"),
    SENSE("trap:other_sense"),
    STAND_BY("trap:stand_by"),
    ADMISSION("trap:admission"),
    META("trap:meta");

    private final String cueType;

    CueKind(String cueType) {
        this.cueType = cueType;
    }

    /** The {@code type} written into a {@link io.denialwatch.common.model.Cue}. */
    public String cueType() {
        return cueType;
    }

    /** The key of this category in a lexicon YAML file. */
    public String yamlKey() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kinds that can make a post a denial by themselves. */
    public boolean isCore() {
        return this == PREDICATE || this == TRUTH || this == ATTRIBUTION || this == DISMISSAL;
    }
}
