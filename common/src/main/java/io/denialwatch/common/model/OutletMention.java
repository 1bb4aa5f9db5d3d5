package io.denialwatch.common.model;

/** An outlet named in a post's text, e.g. "The Media Line" or "نيويورك تايمز". */
public record OutletMention(String id, String name, String surface) {}
