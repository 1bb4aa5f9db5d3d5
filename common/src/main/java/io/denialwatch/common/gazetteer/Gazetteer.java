package io.denialwatch.common.gazetteer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The watch list: persons, the organisations that speak for them, and the outlets whose names
 * make strong join signals. Read from {@code config/persons.yaml}; a bundled list of well-known
 * outlets is merged in (an entry in the file with the same id wins).
 */
public record Gazetteer(List<PersonEntry> persons, List<OrganizationEntry> organizations, List<OutletEntry> outlets) {

    private static final String BUNDLED_OUTLETS = "/io/denialwatch/common/gazetteer/outlets.yaml";

    public Gazetteer {
        persons = persons == null ? List.of() : List.copyOf(persons);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }

    private static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Reads a persons file and merges the bundled outlets into it. */
    public static Gazetteer load(Path file) {
        try {
            Gazetteer g = yaml().readValue(Files.readString(file), Gazetteer.class);
            return (g == null ? empty() : g).withBundledOutlets();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read persons file " + file + ": " + e.getMessage(), e);
        }
    }

    public static Gazetteer parse(String yamlText) {
        try {
            Gazetteer g = yaml().readValue(yamlText, Gazetteer.class);
            return (g == null ? empty() : g).withBundledOutlets();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot parse persons YAML: " + e.getMessage(), e);
        }
    }

    public static Gazetteer empty() {
        return new Gazetteer(List.of(), List.of(), List.of());
    }

    public Gazetteer withBundledOutlets() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED_OUTLETS)) {
            Gazetteer bundled = yaml().readValue(in, Gazetteer.class);
            Set<String> ids = new HashSet<>();
            List<OutletEntry> merged = new ArrayList<>(outlets);
            outlets.forEach(o -> ids.add(o.id()));
            for (OutletEntry o : bundled.outlets()) {
                if (ids.add(o.id())) {
                    merged.add(o);
                }
            }
            return new Gazetteer(persons, organizations, merged);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled outlet list unreadable", e);
        }
    }

    public PersonEntry person(String id) {
        return persons.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }
}
