package io.denialwatch.common.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who speaks through an account: a news outlet, an official body, or a person. */
public enum AccountKind {
    OUTLET,
    OFFICIAL,
    PERSON;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Unknown kinds read as {@code null} rather than failing the whole post. */
    @JsonCreator
    public static AccountKind parse(String value) {
        if (value == null) {
            return null;
        }
        for (AccountKind k : values()) {
            if (k.json().equalsIgnoreCase(value.trim())) {
                return k;
            }
        }
        return null;
    }
}
