package io.denialwatch.common.model;

/**
 * A watched person found in a post.
 *
 * @param id      the gazetteer id
 * @param name    the canonical name
 * @param surface the text that matched (or the account, for author matches)
 * @param how     how it matched: {@code alias}, {@code transliteration}, {@code surname},
 *                {@code account}, {@code speaks_for}, …
 */
public record PersonMention(String id, String name, String surface, String how) {}
