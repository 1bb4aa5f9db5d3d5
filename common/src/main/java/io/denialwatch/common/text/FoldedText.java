package io.denialwatch.common.text;

/**
 * A text folded for matching, with a map back to the original so that every span found in the
 * folded form can be reported against what the post really says.
 *
 * @param original the text as analysed (possibly capped), used for display and spans
 * @param folded   the matching form: compatibility-folded, marks and controls removed, lower case
 * @param starts   for each folded char, the offset in {@code original} of the char it came from
 * @param ends     for each folded char, the offset after the original code point it came from
 */
public record FoldedText(String original, String folded, int[] starts, int[] ends) {

    /** Original offset where the folded range {@code [from, to)} starts. */
    public int originalStart(int from) {
        return from < starts.length ? starts[from] : original.length();
    }

    /** Original offset where the folded range {@code [from, to)} ends. */
    public int originalEnd(int to) {
        return to == 0 ? 0 : ends[to - 1];
    }

    /** The original text behind the folded range {@code [from, to)}. */
    public String originalSlice(int from, int to) {
        return original.substring(originalStart(from), originalEnd(to));
    }
}
