package io.denialwatch.stream.analysis;

import io.denialwatch.common.text.FoldedText;
import io.denialwatch.common.text.Scripts;
import io.denialwatch.common.text.Tokens;

/**
 * The capitals a Latin name's words must keep in a post to be that name, so that "AP" is not
 * "ap", "Le Monde" is not "le monde entier", and "Apple" the company not the fruit. Arabic words
 * have no capitals and always pass.
 */
public record NameCapitals(boolean[] capital, boolean[] allCaps) {
    private static final int ACRONYM_MAX = 5;

    public static NameCapitals of(String name) {
        Tokens t = Tokens.of(FoldedText.identity(name));
        boolean[] capital = new boolean[t.size()];
        boolean[] allCaps = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            String w = t.word(i);
            allCaps[i] = w.length() <= ACRONYM_MAX && w.chars().allMatch(Character::isUpperCase);
            capital[i] = Character.isUpperCase(w.charAt(0));
        }
        return new NameCapitals(capital, allCaps);
    }

    /** Whether the words {@code [from, to)} of {@code tokens} are written with this name's capitals. */
    public boolean keptBy(Tokens tokens, int from, int to) {
        FoldedText text = tokens.text();
        for (int k = 0; k < capital.length && from + k < to; k++) {
            int i = from + k;
            if (Scripts.isArabic(tokens.word(i).charAt(0))) {
                continue;
            }
            String original = text.originalSlice(tokens.start(i), tokens.end(i));
            if (allCaps[k] && !original.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
                return false;
            }
            if (capital[k] && !original.isEmpty() && !Character.isUpperCase(original.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
