package io.denialwatch.stream.analysis.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contracted forms of an English cue phrase written with "not". Posts are split into words
 * at apostrophes, so "isn't true" is the words "isn t true" and never meets an entry written "is
 * not true" or "not true"; English news quotes speakers, and speakers contract. Each phrase that
 * carries its own negation also matches its contracted forms, so the lexicon is written once, in
 * full.
 */
final class EnglishContractions {

    /** An auxiliary and its contracted negative ("has not" → "hasn t"). */
    private static final Map<String, String> AUXILIARIES = Map.ofEntries(
            Map.entry("is", "isn"),
            Map.entry("are", "aren"),
            Map.entry("was", "wasn"),
            Map.entry("were", "weren"),
            Map.entry("has", "hasn"),
            Map.entry("have", "haven"),
            Map.entry("had", "hadn"),
            Map.entry("does", "doesn"),
            Map.entry("do", "don"),
            Map.entry("did", "didn"),
            Map.entry("will", "won"),
            Map.entry("would", "wouldn"),
            Map.entry("could", "couldn"));

    /** A phrase that opens with a bare "not" ("not leaving") follows whichever auxiliary the post has. */
    private static final List<String> OPENINGS =
            List.of("isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "doesn", "don", "didn", "won", "wouldn");

    private EnglishContractions() {}

    /** {@code phrases} and, after them, the contracted forms of those written with "not". */
    static List<String> withContracted(List<String> phrases) {
        Set<String> out = new LinkedHashSet<>(phrases);
        for (String phrase : phrases) {
            out.addAll(contracted(phrase));
        }
        return List.copyOf(out);
    }

    static List<String> contracted(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals("not")) {
                continue;
            }
            if (i > 0 && AUXILIARIES.containsKey(words[i - 1])) {
                out.add(join(words, i - 1, AUXILIARIES.get(words[i - 1]), i + 1));
            } else if (i == 0) {
                OPENINGS.forEach(aux -> out.add(join(words, 0, aux, 1)));
            }
        }
        return out;
    }

    /** {@code words} with [from, resume) replaced by "{@code aux} t". */
    private static String join(String[] words, int from, String aux, int resume) {
        List<String> parts = new ArrayList<>(List.of(words).subList(0, from));
        parts.add(aux);
        parts.add("t");
        parts.addAll(List.of(words).subList(resume, words.length));
        return String.join(" ", parts);
    }
}
