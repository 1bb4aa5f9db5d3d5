package io.denialwatch.stream.analysis;

import io.denialwatch.common.model.Cue;
import java.util.List;
import java.util.Set;

/**
 * What {@link DenialDetector} decided about one text, before persons are attached.
 *
 * @param score         in [0, 1]
 * @param denial        score at or above the threshold
 * @param cues          every cue and trap found, with spans into the analysed text
 * @param firstPerson   a first-person word shares a sentence with a deciding cue (أنفي, I, je)
 * @param officeFrom    token index where an office phrase starts (a media office, a spokesperson), or -1
 * @param officeTo      token index after it
 * @param firstCueToken token index of the first deciding cue, or -1
 * @param features      what the score was computed from
 */
public record DenialVerdict(
        double score,
        boolean denial,
        List<Cue> cues,
        boolean firstPerson,
        int officeFrom,
        int officeTo,
        int firstCueToken,
        Set<DenialFeature> features) {

    public static DenialVerdict none(List<Cue> cues) {
        return new DenialVerdict(0.0, false, cues, false, -1, -1, -1, Set.of());
    }
}
