package io.denialwatch.common.gazetteer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a watch list as the YAML {@link WatchListReader} reads (docs/watchlist.md): the sections
 * in the documented order, empty fields left out, dates as {@code YYYY-MM-DD}. Comments are not
 * YAML data and cannot be carried over from a file that was read.
 */
public final class WatchListWriter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .build())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private WatchListWriter() {}

    /** {@code g} as a watch-list file, headed by {@code header} (comment lines, without the #). */
    public static String yaml(Gazetteer g, List<String> header) {
        Map<String, List<?>> sections = new LinkedHashMap<>();
        sections.put("persons", g.persons());
        sections.put("organizations", g.organizations());
        sections.put("roles", g.roles());
        sections.put("outlets", g.outlets());
        sections.values().removeIf(List::isEmpty);
        StringBuilder out = new StringBuilder();
        header.forEach(h -> out.append("# ").append(h).append('\n'));
        try {
            return out.append(sections.isEmpty() ? "persons: []\n" : YAML.writeValueAsString(sections))
                    .toString();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
