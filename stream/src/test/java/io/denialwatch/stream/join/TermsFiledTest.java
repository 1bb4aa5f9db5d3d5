package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.eval.LabelledPost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A story is filed with its terms as hashes worked out word by word ({@link Terms#filed}): on the
 * labelled sets of eval/, the very hashes and names that hashing the story's terms without its
 * names, and taking its names apart, give.
 */
class TermsFiledTest {
    private static final Path EVAL = Path.of("..", "eval", "fixtures");

    @Test
    void aStoryIsFiledWithTheHashesOfItsTermsWithoutNamesAndWithItsNames() {
        Terms terms = Terms.bundled();
        List<String> texts = new ArrayList<>();
        for (String file : List.of("synthetic-denials.jsonl", "synthetic-denials-2.jsonl")) {
            LabelledPost.read(EVAL.resolve(file))
                    .forEach(i -> texts.add(i.post().fullText()));
        }
        // a two-word concept, a number, a name in both scripts, a word twice
        texts.add("Prime minister Ahmed al-Sharaa said 2016 was the year; رئيس الوزراء أحمد الشرع قال إن الشرع");
        int names = 0;
        for (String text : texts) {
            Tokens tokens = Tokens.of(TextFold.mapped(text));
            Set<String> all = terms.of(tokens);
            Terms.Filed filed = terms.filed(tokens);
            assertThat(filed.termHashes()).as(text).containsExactly(TermHash.sorted(Terms.withoutNames(all)));
            Map<String, String> expected = Terms.names(all);
            assertThat(List.copyOf(filed.names().entrySet()))
                    .as(text)
                    .containsExactlyElementsOf(List.copyOf(expected.entrySet()));
            names += expected.size();
        }
        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(names).isPositive();
    }
}
