package io.denialwatch.common.model;

/**
 * A watched person or organisation as an alert names them.
 *
 * @param how how the denial concerns them (see {@link DenialLink}): {@code the denier}, {@code the
 *            denier is spokesperson of …}, {@code the denier speaks for …}, {@code subject of the
 *            denied report}, with {@code office holder on 2021-04-26} when found through an office;
 *            absent in alerts made before it was recorded
 */
public record PersonRef(String id, String name, String how) {

    public PersonRef(String id, String name) {
        this(id, name, null);
    }
}
