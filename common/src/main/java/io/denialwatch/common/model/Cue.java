package io.denialwatch.common.model;

/**
 * One piece of evidence found in a post's text.
 *
 * @param type  what kind of cue it is (e.g. {@code denial_predicate}, {@code truth_value},
 *              {@code attribution_negation}, {@code object}, {@code first_person}, {@code trap:…})
 * @param text  the matched text as it stands in the post
 * @param start offset of the first char in the analysed text
 * @param end   offset after the last char
 * @param weight what the cue added to the denial score's log-odds (negative for a trap), or null
 *               for cues that do not enter the score
 */
public record Cue(String type, String text, int start, int end, Double weight) {

    public Cue(String type, String text, int start, int end) {
        this(type, text, start, end, null);
    }
}
