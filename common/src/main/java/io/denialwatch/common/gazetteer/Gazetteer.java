package io.denialwatch.common.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watch list: persons, organisations, the offices (roles) they hold over time, and the
 * outlets whose names make strong join signals. Read from {@code config/persons.yaml} (format:
 * docs/watchlist.md); a bundled list of well-known outlets is merged in (an entry in the file
 * with the same id wins).
 */
public record Gazetteer(
        List<PersonEntry> persons,
        List<OrganizationEntry> organizations,
        List<OutletEntry> outlets,
        List<RoleEntry> roles) {

    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
    private static final String BUNDLED_OUTLETS = "/io/denialwatch/common/gazetteer/outlets.yaml";

    public Gazetteer {
        persons = persons == null ? List.of() : List.copyOf(persons);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public Gazetteer(List<PersonEntry> persons, List<OrganizationEntry> organizations, List<OutletEntry> outlets) {
        this(persons, organizations, outlets, List.of());
    }

    /**
     * Reads a persons file strictly (WatchListReader: an unknown key or a dangling reference is an
     * error with its line), logs its warnings and merges the bundled outlets into it.
     */
    public static Gazetteer load(Path file) {
        WatchListReader.Result r = WatchListReader.read(file);
        r.warnings().forEach(w -> LOG.warn("watch list: {}", w));
        return r.gazetteer().withBundledOutlets();
    }

    public static Gazetteer parse(String yamlText) {
        return WatchListReader.read("watch list", yamlText).gazetteer().withBundledOutlets();
    }

    public static Gazetteer empty() {
        return new Gazetteer(List.of(), List.of(), List.of());
    }

    public Gazetteer withBundledOutlets() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED_OUTLETS)) {
            Gazetteer bundled = WatchListReader.read(
                            BUNDLED_OUTLETS, new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .gazetteer();
            Set<String> ids = new HashSet<>();
            List<OutletEntry> merged = new ArrayList<>(outlets);
            outlets.forEach(o -> ids.add(o.id()));
            for (OutletEntry o : bundled.outlets()) {
                if (ids.add(o.id())) {
                    merged.add(o);
                }
            }
            return new Gazetteer(persons, organizations, merged, roles);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled outlet list unreadable", e);
        }
    }

    public PersonEntry person(String id) {
        return persons.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }
}
