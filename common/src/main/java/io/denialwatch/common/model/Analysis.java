package io.denialwatch.common.model;

import java.util.List;

/**
 * What the analysis stage decided about one post; one line of {@code replay --analysis-out}.
 */
public record Analysis(
        String postId,
        String lang,
        boolean isDenial,
        double denialScore,
        List<Cue> cues,
        Denier denier,
        List<PersonMention> persons,
        List<OutletMention> outlets) {

    public Analysis {
        cues = cues == null ? List.of() : List.copyOf(cues);
        persons = persons == null ? List.of() : List.copyOf(persons);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }
}
