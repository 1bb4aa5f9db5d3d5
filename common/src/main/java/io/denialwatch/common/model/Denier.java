package io.denialwatch.common.model;

/**
 * Who denies.
 *
 * @param name display name of the denier (a person, an office, or whoever the post reports)
 * @param kind {@code self} (the concerned person in the first person), {@code office} (a body that
 *             speaks for the person), {@code reported} (a third party reports the denial) or
 *             {@code third_party} (someone else, e.g. a fact-checker, says the report is false)
 * @param id   gazetteer id of the person or organisation when known
 */
public record Denier(String name, String kind, String id) {}
