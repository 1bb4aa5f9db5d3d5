package io.denialwatch.common.model;

/**
 * Who denies.
 *
 * @param name display name of the denier: the watched person or organisation when one is known,
 *             else the account or the office as the post names it
 * @param kind {@code self} (the concerned person in the first person), {@code office} (a body that
 *             speaks for the person), {@code reported} (a third party reports the denial) or
 *             {@code third_party} (someone else, e.g. a fact-checker, says the report is false)
 * @param id   gazetteer id of the person or organisation when known
 * @param how  how the watched denier was found, when one was: {@code named} (in the text), {@code
 *             office holder on 2021-04-26}, {@code account} (their own account), {@code account of
 *             <organisation>}, {@code spokesperson of <organisation>}, {@code office of <person>};
 *             absent when the denier is no watched entity
 */
public record Denier(String name, String kind, String id, String how) {

    /** A denier with no account of how it was found (no watched entity, or built by hand). */
    public Denier(String name, String kind, String id) {
        this(name, kind, id, null);
    }
}
