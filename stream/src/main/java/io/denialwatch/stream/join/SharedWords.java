package io.denialwatch.stream.join;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words behind the terms a story shares with a denial, as the two texts write them: the card
 * shows "الرئيس" where the term is the folded stem رييس, "interview / مقابلة" where it is a
 * concept, and no word that is in neither text (a concept's label, an inflection variant, a
 * folded spelling). Worked out only for the stories an alert shows, from the texts they carry.
 */
final class SharedWords {
    private final Terms terms;
    private final String denialText;
    /** The denial's words by term, found once, when the first story shares a term with it. */
    private Map<String, String> denial;

    SharedWords(Terms terms, String denialText) {
        this.terms = terms;
        this.denialText = denialText;
    }

    /**
     * Each of the terms {@code story} shares (by the key it is weighed under) with how the card
     * shows it: the denial's words, then the story's where they differ. A term found in neither
     * text (the story's may be past the excerpt it keeps) is kept with no words: it still weighs.
     */
    Map<String, String> of(Map<String, StoryRanker.Wanted> shared, StoryRecord story) {
        Map<String, String> out = new TreeMap<>();
        if (shared.isEmpty()) {
            return out;
        }
        if (denial == null) {
            denial = terms.surfaces(denialText);
        }
        Set<String> keys = new HashSet<>();
        shared.values().forEach(w -> keys.add(w.key()));
        Map<String, String> inStory = terms.surfaces(
                story.title() == null || story.title().isBlank() ? story.text() : story.title() + "\n" + story.text(),
                keys);
        shared.forEach((key, w) -> out.put(key, both(denial.get(w.term()), inStory.get(w.key()), w.name())));
        return out;
    }

    private static String both(String inDenial, String inStory, boolean acrossScripts) {
        if (inDenial == null || inStory == null) {
            return inDenial == null ? inStory : inDenial;
        }
        if (inDenial.equalsIgnoreCase(inStory)) {
            return inDenial;
        }
        return inDenial + (acrossScripts ? " ≈ " : " / ") + inStory;
    }
}
