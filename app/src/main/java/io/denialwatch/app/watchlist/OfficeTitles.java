package io.denialwatch.app.watchlist;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An office an organisation's statements imply without an item of their own (chairperson P488,
 * CEO P169, director or manager P1037, and head of government or state when the country names no
 * office item): how it is named after its organisation, and its generic titles, per language.
 * The table is {@code office-titles.yaml} beside this class.
 */
record OfficeTitles(String property, String suffix, Map<String, String> names, Map<String, List<String>> titles) {

    private static final Map<String, OfficeTitles> BY_PROPERTY = bundled();

    /** The office's name in {@code lang} after the organisation's name in that language. */
    String name(String lang, String organization) {
        return String.format(names.getOrDefault(lang, names.get("en")), organization);
    }

    List<String> titles(String lang) {
        return titles.getOrDefault(lang, titles.get("en"));
    }

    static OfficeTitles of(String property) {
        OfficeTitles t = BY_PROPERTY.get(property);
        if (t == null) {
            throw new IllegalArgumentException("no office for " + property);
        }
        return t;
    }

    private static Map<String, OfficeTitles> bundled() {
        try (InputStream in = OfficeTitles.class.getResourceAsStream("office-titles.yaml")) {
            List<OfficeTitles> all = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
            return all.stream().collect(Collectors.toUnmodifiableMap(OfficeTitles::property, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled office-titles.yaml unreadable", e);
        }
    }
}
