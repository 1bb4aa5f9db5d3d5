package io.denialwatch.common.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A watched person found in a post.
 *
 * @param id         the gazetteer id
 * @param name       the canonical name
 * @param surface    the text that matched (or the account, for author matches)
 * @param how        how it matched: {@code alias}, {@code transliteration}, {@code surname},
 *                   {@code account}, {@code speaks_for}, …; {@code ambiguous: N watched people of
 *                   that name} when nothing in the post decided between them
 * @param candidates for an ambiguous name, every watched person it may name (this one among them);
 *                   absent otherwise
 */
public record PersonMention(String id, String name, String surface, String how, List<PersonRef> candidates) {

    public PersonMention {
        candidates = candidates == null || candidates.isEmpty() ? null : List.copyOf(candidates);
    }

    public PersonMention(String id, String name, String surface, String how) {
        this(id, name, surface, how, null);
    }

    /** Whether the post may name someone else of the same name instead: a guess to show, not an attribution. */
    @JsonIgnore
    public boolean undecided() {
        return candidates != null;
    }
}
