package io.denialwatch.stream.analysis.names;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.denialwatch.common.text.TextFold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words around names (titles, generational suffixes, articles, particles), read from {@code names.yaml}, folded. The
 * common words a surname must not be taken for are {@link CommonWords}.
 */
record NameWords(Set<String> titles, Set<String> suffixes, Set<String> articles, Set<String> particles) {

    static final NameWords BUNDLED = load();

    private static NameWords load() {
        try (InputStream in = NameWords.class.getResourceAsStream("/io/denialwatch/stream/analysis/names.yaml")) {
            Map<String, List<String>> raw = new ObjectMapper(new YAMLFactory())
                    .readValue(in, new TypeReference<Map<String, List<String>>>() {});
            return new NameWords(
                    folded(raw.get("titles")),
                    folded(raw.get("suffixes")),
                    folded(raw.get("articles")),
                    folded(raw.get("particles")));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled names.yaml unreadable", e);
        }
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>();
        if (words != null) {
            words.forEach(w -> out.add(TextFold.fold(w)));
        }
        return Set.copyOf(out);
    }
}
