package io.denialwatch.common.model;

import java.util.List;

/**
 * A watched person or organisation as an alert names them.
 *
 * @param how        how the denial concerns them (see {@link DenialLink}): {@code the denier}, {@code
 *                   the denier is spokesperson of …}, {@code the denier speaks for …}, {@code subject
 *                   of the denied report}, with {@code office holder on 2021-04-26} when found through
 *                   an office, or {@code ambiguous: N watched people of that name}; absent in alerts
 *                   made before it was recorded
 * @param candidates when the post names them only by a name several watched people share and nothing
 *                   decided between them: all of them ({@code id} and {@code name}), this one among
 *                   them; absent otherwise
 */
public record PersonRef(String id, String name, String how, List<PersonRef> candidates) {

    public PersonRef {
        candidates = candidates == null || candidates.isEmpty() ? null : List.copyOf(candidates);
    }

    public PersonRef(String id, String name, String how) {
        this(id, name, how, null);
    }

    public PersonRef(String id, String name) {
        this(id, name, null, null);
    }
}
