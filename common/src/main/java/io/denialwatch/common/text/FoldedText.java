package io.denialwatch.common.text;

/**
 * A text folded for matching, with a map back to the original so that every span found in the
 * folded form can be reported against what the post really says.
 *
 * <p>Most texts fold char for char (case, accents and letter forms change a char, not its place),
 * and then no map is kept at all: the folded char at {@code i} came from the original char at
 * {@code i}. Only a text where the fold drops or adds chars (controls, marks, ligatures, emoji)
 * keeps one offset per folded char; where each ends in the original follows from where it starts.
 * Two arrays of four bytes per char were most of what folding a post allocated.
 *
 * @param original the text as analysed (possibly capped), used for display and spans
 * @param folded   the matching form: compatibility-folded, marks and controls removed, lower case
 * @param starts   for each folded char, the offset in {@code original} of the char it came from;
 *                 null when every folded char comes from the original char at its own offset
 */
public record FoldedText(String original, String folded, int[] starts) {

    /** A text that is its own folded form, char for char (a name as written, for its capitals). */
    public static FoldedText identity(String text) {
        return new FoldedText(text, text, null);
    }

    /** Original offset where the folded range {@code [from, to)} starts. */
    public int originalStart(int from) {
        if (from >= folded.length()) {
            return original.length();
        }
        return starts == null ? from : starts[from];
    }

    /** Original offset where the folded range {@code [from, to)} ends. */
    public int originalEnd(int to) {
        if (to == 0) {
            return 0;
        }
        if (starts == null) {
            return to;
        }
        // the end of the code point the last folded char came from: a surrogate pair is two chars
        int s = starts[to - 1];
        return TextFold.isPairAt(original, s) ? s + 2 : s + 1;
    }

    /** The original text behind the folded range {@code [from, to)}. */
    public String originalSlice(int from, int to) {
        return original.substring(originalStart(from), originalEnd(to));
    }
}
