package io.denialwatch.stream.analysis.lexicon;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of one language, read from {@code lexicon/<lang>.yaml} on the class path, optionally
 * extended by a desk's own file. Kept in data so a desk can add a phrase without a release.
 *
 * @param lang       ar, en or fr
 * @param entries    phrases per category, as written (folded later by {@link PhraseMatcher})
 * @param proclitics prefixes a word may carry and still match an entry (Arabic و ف ب ل ال …)
 */
public record Lexicon(String lang, Map<CueKind, List<String>> entries, List<String> proclitics) {

    public static final Set<String> LANGUAGES = Set.of("ar", "en", "fr");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String PROCLITICS = "proclitics";

    /** The lexicon bundled for {@code lang}. */
    public static Lexicon bundled(String lang) {
        String resource = "/io/denialwatch/stream/analysis/lexicon/" + lang + ".yaml";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled lexicon for " + lang);
            }
            return fromMap(lang, YAML.readValue(in, new TypeReference<Map<String, List<String>>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled lexicon " + resource + " unreadable", e);
        }
    }

    /**
     * Reads a desk's extra lexicon: one YAML map per language, e.g.
     * {@code en: {predicate: [disavowed]}, ar: {truth: [هراء]}}.
     */
    public static Map<String, Lexicon> readExtra(Path file) {
        try {
            Map<String, Map<String, List<String>>> raw = YAML.readValue(
                    Files.readString(file), new TypeReference<Map<String, Map<String, List<String>>>>() {});
            Map<String, Lexicon> out = new LinkedHashMap<>();
            if (raw != null) {
                raw.forEach((lang, categories) -> out.put(lang, fromMap(lang, categories)));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read lexicon file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Lexicon fromMap(String lang, Map<String, List<String>> raw) {
        Map<CueKind, List<String>> entries = new EnumMap<>(CueKind.class);
        for (CueKind kind : CueKind.values()) {
            List<String> list = raw == null ? null : raw.get(kind.yamlKey());
            List<String> phrases = list == null ? List.of() : List.copyOf(list);
            boolean ownNegation = kind == CueKind.TRUTH || kind == CueKind.ATTRIBUTION || kind == CueKind.DISMISSAL;
            entries.put(kind, lang.equals("en") && ownNegation ? EnglishContractions.withContracted(phrases) : phrases);
        }
        List<String> proclitics =
                raw == null || raw.get(PROCLITICS) == null ? List.of() : List.copyOf(raw.get(PROCLITICS));
        for (String key : raw == null ? Set.<String>of() : raw.keySet()) {
            if (!key.equals(PROCLITICS)
                    && entries.keySet().stream().noneMatch(k -> k.yamlKey().equals(key))) {
                throw new IllegalArgumentException("lexicon " + lang + ": unknown category '" + key + "'");
            }
        }
        return new Lexicon(lang, entries, proclitics);
    }

    /** This lexicon with {@code extra}'s entries added. */
    public Lexicon plus(Lexicon extra) {
        if (extra == null) {
            return this;
        }
        Map<CueKind, List<String>> merged = new EnumMap<>(CueKind.class);
        for (CueKind kind : CueKind.values()) {
            List<String> all = new ArrayList<>(entries.getOrDefault(kind, List.of()));
            all.addAll(extra.entries().getOrDefault(kind, List.of()));
            merged.put(kind, all);
        }
        List<String> clitics = new ArrayList<>(proclitics);
        clitics.addAll(extra.proclitics());
        return new Lexicon(lang, merged, clitics);
    }
}
