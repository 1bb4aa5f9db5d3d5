package io.denialwatch.common.model;

/** A gazetteer person as an alert names them. */
public record PersonRef(String id, String name) {}
