package io.denialwatch.stream.analysis.names;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.denialwatch.common.text.NameKeys;
import io.denialwatch.common.text.TextFold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words around names (titles, generational suffixes, articles, particles, kunya particles,
 * Arabic ordinals in order (a regnal number: {@link RegnalNumbers}),
 * heads of compound names), read from {@code names.yaml}, folded. The common words a surname must
 * not be taken for are {@link CommonWords}.
 */
record NameWords(
        Set<String> titles,
        Set<String> suffixes,
        Set<String> articles,
        Set<String> particles,
        Set<String> kunya,
        Set<String> compoundHeads,
        Set<String> headKeys,
        List<String> ordinals) {

    static final NameWords BUNDLED = load();

    private static NameWords load() {
        try (InputStream in = NameWords.class.getResourceAsStream("/io/denialwatch/stream/analysis/names.yaml")) {
            Map<String, List<String>> raw = new ObjectMapper(new YAMLFactory())
                    .readValue(in, new TypeReference<Map<String, List<String>>>() {});
            return new NameWords(
                    folded(raw.get("titles")),
                    folded(raw.get("suffixes")),
                    folded(raw.get("articles")),
                    folded(raw.get("particles")),
                    folded(raw.get("kunya")),
                    folded(raw.get("compound_heads")),
                    keys(folded(raw.get("compound_heads"))),
                    raw.get("ordinals").stream().map(TextFold::fold).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("bundled names.yaml unreadable", e);
        }
    }

    /**
     * The key of a given-name word: its skeleton, but a compound head with its article glued on
     * ("Abdel", "Abdul", "Abdoul") keys as the head alone, since Arabic writes the article on the
     * compound's next word (عبد العزيز): "Dalal Abdel Aziz" and دلال عبد العزيز then meet.
     */
    String givenKey(String word) {
        for (String head : compoundHeads) {
            if (word.length() > head.length() + 1 && word.startsWith(head) && word.endsWith("l")) {
                String between = word.substring(head.length(), word.length() - 1);
                if (between.length() <= 2 && between.chars().allMatch(c -> "aeiou".indexOf(c) >= 0)) {
                    return NameKeys.skeleton(head);
                }
            }
        }
        return NameKeys.skeleton(word);
    }

    /**
     * The words of a name that are no part of how it sounds (titles, suffixes, articles,
     * particles): a respelling ({@link ArabicRespellings}) keeps them as written, so they are
     * still read as what they are.
     */
    boolean kept(String word) {
        return titles.contains(word) || suffixes.contains(word) || articles.contains(word) || particles.contains(word);
    }

    /** The keys of the compound heads (عبد and abd share one). */
    private static Set<String> keys(Set<String> heads) {
        Set<String> keys = new HashSet<>();
        heads.forEach(h -> keys.add(NameKeys.skeleton(h)));
        return Set.copyOf(keys);
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>();
        if (words != null) {
            words.forEach(w -> out.add(TextFold.fold(w)));
        }
        return Set.copyOf(out);
    }
}
