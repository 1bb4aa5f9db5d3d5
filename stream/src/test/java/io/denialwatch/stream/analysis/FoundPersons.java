package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.names.PersonMatch;
import io.denialwatch.stream.analysis.names.PersonResolver;
import java.util.List;

/** What a {@link PersonResolver} finds in a text, for the tests of name reading. */
final class FoundPersons {

    private FoundPersons() {}

    /** The ids of the persons {@code resolver} finds in {@code text}, in the order found. */
    static List<String> ids(PersonResolver resolver, String text) {
        return resolver.find(Tokens.of(TextFold.mapped(text))).stream()
                .map(PersonMatch::person)
                .map(p -> p.id())
                .toList();
    }

    /**
     * The persons {@code analyzer} says a post of {@code text}, read at web address {@code url}
     * (null: none), concerns, as "id (how)", in its order.
     */
    static List<String> concerned(MultilingualAnalyzer analyzer, String url, String text) {
        return analyzer.analyze(Posts.at(url, "2024-05-02", text)).persons().stream()
                .map(m -> m.id() + " (" + m.how() + ")")
                .toList();
    }

    /** The ids of the persons {@code analyzer} says a post of {@code text} concerns, in its order. */
    static List<String> concernedIds(MultilingualAnalyzer analyzer, String text) {
        return analyzer.analyze(Posts.at(null, "2024-05-02", text)).persons().stream()
                .map(m -> m.id())
                .toList();
    }

    /** {@code text} names exactly the person {@code id}, or no one when it is null. */
    static void assertNamesOnly(PersonResolver resolver, String text, String id) {
        assertThat(ids(resolver, text)).as(text).isEqualTo(id == null ? List.of() : List.of(id));
    }
}
