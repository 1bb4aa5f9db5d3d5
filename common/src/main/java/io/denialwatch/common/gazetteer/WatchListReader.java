package io.denialwatch.common.gazetteer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.denialwatch.common.ClosestKey;
import io.denialwatch.common.UserError;
import io.denialwatch.common.YamlSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a watch list strictly (docs/watchlist.md): an unknown key, an entry without id or name, a
 * duplicate id, a {@code speaks_for}, holder or {@code of} that names no entry of the right kind,
 * or a date range that ends before it starts is an error with its file and line,
 * and for a misspelt key the closest known one. A watch list that silently watches nothing
 * ({@code people:} for {@code persons:}) is the mistake this exists to catch.
 */
public final class WatchListReader {
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    static final List<String> SECTIONS = List.of("persons", "organizations", "roles", "outlets");
    /**
     * Section names a writer may reach for, with the one meant: "people" is nearer "roles" than
     * "persons" by edit distance.
     */
    private static final Map<String, String> MEANT = Map.of(
            "people", "persons",
            "organisations", "organizations",
            "offices", "roles",
            "positions", "roles");
    /** The keys of a dated link and of a holder, for the message about an unknown one. */
    private static final Map<String, List<String>> NESTED_KEYS =
            Map.of("speaks_for", List.of("id", "from", "to"), "holders", List.of("person", "from", "to"));

    /** An entry and the line it starts on, so that checks made after reading can still say where. */
    private record At<T>(T entry, int line) {}

    /** A watch list that can be used, and what in it looks wrong without being an error. */
    public record Result(Gazetteer gazetteer, List<String> warnings) {
        /**
         * "4 persons, 1 organisation, 2 offices with 5 holders, 1 speaks_for link, 0 warnings":
         * offices, outlets and links only when the file has some.
         */
        public String summary() {
            StringBuilder s = new StringBuilder(count(gazetteer.persons().size(), "person"))
                    .append(", ")
                    .append(count(gazetteer.organizations().size(), "organisation"));
            if (!gazetteer.roles().isEmpty()) {
                int holders = gazetteer.roles().stream()
                        .mapToInt(r -> r.holders().size())
                        .sum();
                s.append(", ")
                        .append(count(gazetteer.roles().size(), "office"))
                        .append(" with ")
                        .append(count(holders, "holder"));
            }
            if (!gazetteer.outlets().isEmpty()) {
                s.append(", ").append(count(gazetteer.outlets().size(), "outlet"));
            }
            int links = gazetteer.persons().stream()
                            .mapToInt(p -> p.speaksFor().size())
                            .sum()
                    + gazetteer.organizations().stream()
                            .mapToInt(o -> o.speaksFor().size())
                            .sum();
            if (links > 0) {
                s.append(", ").append(count(links, "speaks_for link"));
            }
            return s.append(", ").append(count(warnings.size(), "warning")).toString();
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }

    /** The largest watch list read, in code points: ten times a 100,000-entity import. */
    private static final int MAX_CODE_POINTS = 256 << 20;

    private final String source;
    private final ObjectMapper mapper;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private WatchListReader(String source) {
        this.source = source;
        this.mapper = new ObjectMapper(YAMLFactory.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .loaderOptions(loaderOptions())
                        .build())
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * SnakeYAML refuses a document over 3 MB by default; an imported watch list of 100,000
     * entities with their aliases is about 20 MB.
     */
    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(MAX_CODE_POINTS);
        return o;
    }

    public static Result read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such watch-list file; give an existing one with --persons FILE "
                    + "or persons.file (config/persons.yaml is the bundled one)");
        } catch (CharacterCodingException e) {
            throw new UserError(file + ": the watch list is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read the watch list (" + e + ")");
        }
        return read(file.toString(), text);
    }

    /** @param source how messages name the text: its file, or what it is */
    public static Result read(String source, String yamlText) {
        return new WatchListReader(source).parse(yamlText);
    }

    private Result parse(String text) {
        List<At<PersonEntry>> persons = new ArrayList<>();
        List<At<OrganizationEntry>> organizations = new ArrayList<>();
        List<At<OutletEntry>> outlets = new ArrayList<>();
        List<At<RoleEntry>> roles = new ArrayList<>();
        boolean parsed = false;
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != null && t != JsonToken.START_OBJECT) {
                error(
                        line(p),
                        "a watch list is a mapping with the keys " + String.join(", ", SECTIONS)
                                + " (docs/watchlist.md)");
            } else if (t != null) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int line = line(p);
                    p.nextToken();
                    switch (key) {
                        case "persons" -> readList(p, key, PersonEntry.class, persons);
                        case "organizations" -> readList(p, key, OrganizationEntry.class, organizations);
                        case "outlets" -> readList(p, key, OutletEntry.class, outlets);
                        case "roles" -> readList(p, key, RoleEntry.class, roles);
                        default -> {
                            error(line, "unknown key '" + key + "'" + sectionHint(key));
                            p.skipChildren();
                        }
                    }
                }
            }
            parsed = true;
        } catch (JsonProcessingException e) {
            YamlSyntax y = YamlSyntax.of(e);
            errors.clear(); // what was read before the break may be a misreading of it
            error(y.line(), y.message());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (parsed) { // after a syntax error the entries read so far are a fragment, not worth checking
            new References(persons, organizations, roles, outlets).check();
        }
        if (!errors.isEmpty()) {
            throw new WatchListException(source, errors);
        }
        if (persons.isEmpty() && organizations.isEmpty() && outlets.isEmpty() && roles.isEmpty()) {
            warning(1, "the watch list is empty: nothing is watched");
        }
        return new Result(
                new Gazetteer(entries(persons), entries(organizations), entries(outlets), entries(roles)),
                List.copyOf(warnings));
    }

    private <T> void readList(JsonParser p, String section, Class<T> type, List<At<T>> out) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return; // "outlets:" with nothing under it: an empty list
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            error(line(p), "'" + section + "' must be a list of entries, each starting with '- ' (docs/watchlist.md)");
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = line(p);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                error(line, "an entry of '" + section + "' must be a mapping (- id: …, name: …)");
                p.skipChildren();
                continue;
            }
            out.add(new At<>(readEntry(p, type), line));
        }
    }

    /**
     * One entry, key by key on the file's own parser, so that an unknown key or a value of the
     * wrong type is reported at its own line (Jackson buffers a record's unknown keys and loses
     * their location) and the rest of the file is still checked.
     */
    private <T> T readEntry(JsonParser p, Class<T> type) throws IOException {
        Map<String, JavaType> known = keys(type);
        ObjectNode fields = mapper.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int line = line(p);
            p.nextToken();
            JsonNode value = key.equals("speaks_for") ? links(mapper.readTree(p)) : mapper.readTree(p);
            JavaType valueType = known.get(key);
            if (valueType == null) {
                error(line, "unknown key '" + key + "'" + ClosestKey.hint(key, known.keySet()));
                continue;
            }
            try {
                if (!plainFit(value, valueType)) {
                    mapper.convertValue(value, valueType);
                }
                fields.set(key, value);
            } catch (IllegalArgumentException e) {
                error(line, wrongValue(key, valueType, e));
            }
        }
        return mapper.convertValue(fields, type);
    }

    private static String sectionHint(String key) {
        String meant = MEANT.get(key.toLowerCase(Locale.ROOT));
        return meant == null
                ? ClosestKey.hint(key, SECTIONS)
                : "; did you mean '" + meant + "'? (known: " + String.join(", ", SECTIONS) + ")";
    }

    /**
     * Whether {@code value} is plainly of {@code type}: a scalar for a text, a list of scalars for
     * a list of texts. Most values are, and checking them by converting cost most of the time a
     * 100,000-entity list took to read; anything else is checked by converting it.
     */
    private static boolean plainFit(JsonNode value, JavaType type) {
        if (type.getRawClass() == String.class) {
            return value.isValueNode();
        }
        if (type.isCollectionLikeType() && type.getContentType().getRawClass() == String.class && value.isArray()) {
            for (JsonNode v : value) {
                if (!v.isValueNode()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** {@code speaks_for: a} and {@code speaks_for: [a, {id: b, from: …}]} as a list of link mappings. */
    private JsonNode links(JsonNode value) {
        if (value.isTextual()) {
            return mapper.createArrayNode().add(mapper.createObjectNode().put("id", value.asText()));
        }
        if (!value.isArray()) {
            return value;
        }
        ArrayNode out = mapper.createArrayNode();
        value.forEach(v -> out.add(v.isTextual() ? mapper.createObjectNode().put("id", v.asText()) : v));
        return out;
    }

    /** What is wrong with a value that does not convert: an unknown nested key, a date that is none, or its type. */
    private static String wrongValue(String key, JavaType valueType, IllegalArgumentException e) {
        if (e.getCause() instanceof UnrecognizedPropertyException u) {
            List<String> known = NESTED_KEYS.getOrDefault(key, List.of());
            return "unknown key '" + u.getPropertyName() + "' in " + key + ClosestKey.hint(u.getPropertyName(), known);
        }
        if (e.getCause() instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().getSimpleName().equals("LocalDate")) {
            return "'" + f.getValue() + "' in " + key + " is not a date; write it as YYYY-MM-DD";
        }
        if (NESTED_KEYS.containsKey(key)) {
            return "'" + key + "' has the wrong type: it is a list of mappings, e.g. " + key + ": [{"
                    + NESTED_KEYS.get(key).get(0) + ": some-id, from: 2021-04-26}]";
        }
        return "'" + key + "' has the wrong type: "
                + (valueType.isCollectionLikeType()
                        ? "it is a list, e.g. " + key + ": [a, b]"
                        : "it is one text value");
    }

    /** The keys of an entry: its record's components in snake case, each with its type. */
    private Map<String, JavaType> keys(Class<?> type) {
        Map<String, JavaType> keys = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            keys.put(SNAKE_CASE.translate(c.getName()), mapper.constructType(c.getGenericType()));
        }
        return keys;
    }

    /**
     * The checks that need the whole file: ids unique and present, names present, accounts listed
     * once, and every reference (speaks_for, holders, of, country) to an entry of the right kind.
     */
    private final class References {
        private final List<At<PersonEntry>> persons;
        private final List<At<OrganizationEntry>> organizations;
        private final List<At<RoleEntry>> roles;
        private final List<At<OutletEntry>> outlets;
        private final Map<String, Integer> ids = new HashMap<>();
        private final Map<String, Integer> accounts = new HashMap<>();

        References(
                List<At<PersonEntry>> persons,
                List<At<OrganizationEntry>> organizations,
                List<At<RoleEntry>> roles,
                List<At<OutletEntry>> outlets) {
            this.persons = persons;
            this.organizations = organizations;
            this.roles = roles;
            this.outlets = outlets;
        }

        void check() {
            persons.forEach(p -> checkEntry("person", p));
            organizations.forEach(o -> checkEntry("organisation", o));
            roles.forEach(r -> checkEntry("office", r));
            outlets.forEach(o -> checkEntry("outlet", o));
            Set<String> personIds = idsOf(persons);
            Set<String> organizationIds = idsOf(organizations);
            Set<String> speakable = new LinkedHashSet<>(personIds);
            speakable.addAll(organizationIds);
            for (At<PersonEntry> p : persons) {
                checkLinks(p.entry().id(), p.entry().speaksFor(), p.line(), speakable);
            }
            for (At<OrganizationEntry> o : organizations) {
                checkLinks(o.entry().id(), o.entry().speaksFor(), o.line(), speakable);
            }
            for (At<RoleEntry> r : roles) {
                refersTo("of", r.entry().of(), r.line(), organizationIds, "an organisation", "organizations", null);
                for (Holder h : r.entry().holders()) {
                    if (h.person() == null) {
                        error(r.line(), "a holder of '" + r.entry().id() + "' without person: (the id of a person)");
                    } else {
                        refersTo("holders: person", h.person(), r.line(), personIds, "a person", "persons", null);
                    }
                    dates("holders", h.person(), h.from(), h.to(), r.line());
                }
            }
            for (At<OutletEntry> o : outlets) {
                refersTo(
                        "country",
                        o.entry().country(),
                        o.line(),
                        organizationIds,
                        "an organisation",
                        "organizations",
                        null);
            }
        }

        private void checkLinks(String self, List<Link> links, int line, Set<String> speakable) {
            for (Link l : links) {
                if (l.id() == null) {
                    error(line, "a speaks_for link without id: (the id of a person or organisation)");
                    continue;
                }
                if (l.id().equals(self)) {
                    error(line, "speaks_for: '" + self + "' is the entry itself; name whom it speaks for");
                }
                refersTo("speaks_for", l.id(), line, speakable, "a person or organisation", "persons:", self);
                dates("speaks_for", l.id(), l.from(), l.to(), line);
            }
        }

        /** An error unless {@code target} is one of {@code known}; the closest id other than {@code self} as the hint. */
        private void refersTo(
                String key, String target, int line, Set<String> known, String kind, String section, String self) {
            if (target != null && !known.contains(target)) {
                List<String> others =
                        known.stream().filter(id -> !id.equals(self)).toList();
                error(
                        line,
                        key + ": '" + target + "' is not the id of " + kind + " in this file"
                                + (others.isEmpty()
                                        ? "; add it under " + section.replace(":", "") + ":"
                                        : "; did you mean '" + ClosestKey.of(target, others) + "'?"));
            }
        }

        private void dates(String key, String target, LocalDate from, LocalDate to, int line) {
            if (from != null && to != null && to.isBefore(from)) {
                error(line, key + " '" + target + "' ends (" + to + ") before it starts (" + from + ")");
            }
        }

        private static <T extends WatchListEntry> Set<String> idsOf(List<At<T>> entries) {
            Set<String> out = new LinkedHashSet<>();
            entries.forEach(e -> {
                if (e.entry().id() != null) {
                    out.add(e.entry().id());
                }
            });
            return out;
        }

        private void checkEntry(String kind, At<? extends WatchListEntry> at) {
            WatchListEntry e = at.entry();
            String id = e.id();
            int line = at.line();
            if (id == null || id.isBlank()) {
                error(line, "a " + kind + " without an id; add one, e.g. id: " + suggestedId(e.name()));
            } else {
                Integer first = ids.putIfAbsent(id, line);
                if (first != null) {
                    error(line, "duplicate id '" + id + "' (first used on line " + first + "); ids must be unique");
                }
            }
            if (e.name() == null || e.name().isBlank()) {
                error(
                        line,
                        "the " + kind + (id == null ? "" : " '" + id + "'")
                                + " has no name; add name: (in any script)");
            }
            for (String account : e.accounts()) {
                Integer first = accounts.putIfAbsent(account.trim().toLowerCase(Locale.ROOT), line);
                if (first != null) {
                    warning(
                            line,
                            "account '" + account + "' is also listed on line " + first
                                    + "; posts from it are credited to the later entry only");
                }
            }
        }
    }

    private static String suggestedId(String name) {
        String s = name == null
                ? ""
                : name.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", "-")
                        .replaceAll("^-|-$", "");
        return s.isEmpty() ? "some-person" : s;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private void error(int line, String message) {
        errors.add(source + ":" + line + ": " + message);
    }

    private void warning(int line, String message) {
        warnings.add(source + ":" + line + ": " + message);
    }

    private static <T> List<T> entries(List<At<T>> located) {
        return located.stream().map(At::entry).toList();
    }
}
