package io.denialwatch.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.join.OutletDirectory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A handle that only looks like a trusted one (Cyrillic letters in place of Latin ones) gets
 * none of its trust: it is not the outlet, and its first-person denial does not speak for the
 * person whose account it imitates.
 */
class HomoglyphAccountTest {
    private static final Gazetteer WATCH_LIST = FoundingExample.gazetteer();

    @Test
    void aLookAlikeHandleIsNotTheOutlet() {
        OutletDirectory outlets = new OutletDirectory(WATCH_LIST);
        assertThat(outlets.of(new Account("x:nytimes", "nytimes", "whoever", AccountKind.OUTLET))
                        .id())
                .isEqualTo("nyt");
        // "nуtimes" with a Cyrillic у (U+0443)
        assertThat(outlets.of(new Account("x:n\u0443times", "n\u0443times", "whoever", AccountKind.OUTLET)))
                .isNull();
    }

    @Test
    void aLookAlikeOfAPersonsAccountDoesNotDenyForThem() {
        MultilingualAnalyzer analyzer = new MultilingualAnalyzer(WATCH_LIST);
        String text = "I deny the report. I never gave any interview to The Media Line.";
        // the watch list ties x:maabdwalshamee1 to Mazhar al-Wais; this one has a Cyrillic е (U+0435)
        Account fake = new Account("x:maabdwalsham\u0435e1", "maabdwalsham\u0435e1", "fan page", AccountKind.PERSON);
        Account real = new Account("x:maabdwalshamee1", "maabdwalshamee1", "fan page", AccountKind.PERSON);

        Analysis fromFake = analyzer.analyze(post(fake, text));
        Analysis fromReal = analyzer.analyze(post(real, text));

        assertThat(fromReal.persons()).extracting(p -> p.id()).contains("mazhar-al-wais");
        assertThat(fromFake.persons()).extracting(p -> p.id()).doesNotContain("mazhar-al-wais");
    }

    private static Post post(Account account, String text) {
        return new Post(
                "x:1",
                null,
                null,
                Instant.parse("2025-11-15T09:00:00Z"),
                null,
                account,
                null,
                null,
                text,
                null,
                null,
                null,
                null);
    }
}
