package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Post;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Latin name ending in one or two letters after an apostrophe (Eto'o, Te'o), which the one
 * tokeniser splits off, still names its bearer, with a straight or a curly apostrophe.
 */
class ApostropheNamesTest {

    private final MultilingualAnalyzer analyzer = new MultilingualAnalyzer(Gazetteer.parse("""
            persons:
              - {id: samuel-etoo, name: Samuel Eto'o}
              - {id: manti-te-o, name: Manti Te'o}
              - {id: conan-obrien, name: Conan O'Brien}
            """));

    private List<String> persons(String text) {
        return analyzer
                .analyze(Post.of("t:1", "test", Instant.parse("2024-05-02T10:00:00Z"), null, text))
                .persons()
                .stream()
                .map(m -> m.id())
                .toList();
    }

    @Test
    void aShortEndAfterAnApostropheIsPartOfTheName() {
        assertThat(persons("Samuel Eto’o dément avoir signé.")).containsExactly("samuel-etoo");
        assertThat(persons("College football star Manti Te'o denied the report."))
                .containsExactly("manti-te-o");
    }

    @Test
    void aLongerPartAfterAnApostropheStaysTheSurname() {
        assertThat(persons("Conan O'Brien denied the report.")).containsExactly("conan-obrien");
    }
}
