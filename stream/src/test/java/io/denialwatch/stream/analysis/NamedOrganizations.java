package io.denialwatch.stream.analysis;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import java.time.LocalDate;

/** The organisations a resolver finds in a text, as the tests of organisation forms compare them. */
final class NamedOrganizations {

    private NamedOrganizations() {}

    /** The ids of the organisations {@code resolver} finds in {@code text}, in text order, joined by commas. */
    static String ids(EntityResolver resolver, String text) {
        return String.join(
                ",",
                resolver
                        .find(Tokens.of(TextFold.mapped(text)), LocalDate.parse("2024-01-01"), null)
                        .organizations()
                        .stream()
                        .map(m -> m.organization().id())
                        .toList());
    }
}
