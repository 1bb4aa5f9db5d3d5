package io.denialwatch.stream.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.denialwatch.common.text.TextFold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What no library holds about how texts name an office, read from the bundled {@code
 * offices.yaml}: a title in English, French and Arabic by the English title an office's name
 * starts with, a country's adjective in each language (CLDR has its names, not its adjectives),
 * the seats and forms of address that name an office on their own ("the Kremlin", "Her
 * Majesty"), and the words that make a title name someone else ("former", "السابق").
 */
record OfficeWords(
        Map<String, Titles> titles,
        Map<String, Titles> adjectives,
        Map<String, List<String>> seats,
        Set<String> notBefore,
        Set<String> notAfter) {

    /** A title's or an adjective's forms in each language analysed. */
    record Titles(List<String> en, List<String> fr, List<String> ar) {
        Titles {
            en = en == null ? List.of() : List.copyOf(en);
            fr = fr == null ? List.of() : List.copyOf(fr);
            ar = ar == null ? List.of() : List.copyOf(ar);
        }
    }

    private record Raw(
            Map<String, Titles> titles,
            Map<String, Titles> adjectives,
            Map<String, List<String>> seats,
            @JsonProperty("not_before") List<String> notBefore,
            @JsonProperty("not_after") List<String> notAfter) {}

    static final OfficeWords BUNDLED = load();

    private static OfficeWords load() {
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = OfficeWords.class.getResourceAsStream("/io/denialwatch/stream/analysis/offices.yaml")) {
            Raw raw = yaml.readValue(in, Raw.class);
            return new OfficeWords(
                    lowerKeys(raw.titles()),
                    lowerKeys(raw.adjectives()),
                    lowerKeys(raw.seats()),
                    folded(raw.notBefore()),
                    folded(raw.notAfter()));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled offices.yaml unreadable", e);
        }
    }

    /** The title's forms, by the English title an office's name gives (any case), or null. */
    Titles title(String english) {
        return titles.get(key(english));
    }

    /** A place's adjectives, by its English name (any case), or null. */
    Titles adjective(String place) {
        return adjectives.get(key(place));
    }

    /** The seats and forms of address of the office named {@code office} (any case). */
    List<String> seats(String office) {
        return seats.getOrDefault(key(office), List.of());
    }

    static String key(String name) {
        return name.strip().replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static <V> Map<String, V> lowerKeys(Map<String, V> in) {
        Map<String, V> out = new HashMap<>();
        in.forEach((k, v) -> out.put(key(k), v));
        return Map.copyOf(out);
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(TextFold.fold(w)));
        return Set.copyOf(out);
    }
}
