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
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a watch list strictly (docs/watchlist.md): an unknown key, an entry without id or name, a
 * duplicate id or a {@code speaks_for} that names no person is an error with its file and line,
 * and for a misspelt key the closest known one. A watch list that silently watches nothing
 * ({@code people:} for {@code persons:}) is the mistake this exists to catch.
 */
public final class WatchListReader {
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    static final List<String> SECTIONS = List.of("persons", "organizations", "outlets");

    /** An entry and the line it starts on, so that checks made after reading can still say where. */
    private record At<T>(T entry, int line) {}

    /** A watch list that can be used, and what in it looks wrong without being an error. */
    public record Result(Gazetteer gazetteer, List<String> warnings) {
        /** "4 persons, 1 organisation, 0 warnings" (outlets only when the file lists some). */
        public String summary() {
            StringBuilder s = new StringBuilder(count(gazetteer.persons().size(), "person"))
                    .append(", ")
                    .append(count(gazetteer.organizations().size(), "organisation"));
            if (!gazetteer.outlets().isEmpty()) {
                s.append(", ").append(count(gazetteer.outlets().size(), "outlet"));
            }
            return s.append(", ").append(count(warnings.size(), "warning")).toString();
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }

    private final String source;
    private final ObjectMapper mapper;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private WatchListReader(String source) {
        this.source = source;
        this.mapper = new ObjectMapper(YAMLFactory.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build())
                .setPropertyNamingStrategy(SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
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
                        default -> {
                            error(line, "unknown key '" + key + "'" + ClosestKey.hint(key, SECTIONS));
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
            checkEntries(persons, organizations, outlets);
        }
        if (!errors.isEmpty()) {
            throw new WatchListException(source, errors);
        }
        if (persons.isEmpty() && organizations.isEmpty() && outlets.isEmpty()) {
            warning(1, "the watch list is empty: nothing is watched");
        }
        return new Result(
                new Gazetteer(entries(persons), entries(organizations), entries(outlets)), List.copyOf(warnings));
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
            JsonNode value = mapper.readTree(p);
            JavaType valueType = known.get(key);
            if (valueType == null) {
                error(line, "unknown key '" + key + "'" + ClosestKey.hint(key, known.keySet()));
                continue;
            }
            try {
                mapper.convertValue(value, valueType);
                fields.set(key, value);
            } catch (IllegalArgumentException e) {
                error(
                        line,
                        "'" + key + "' has the wrong type: "
                                + (valueType.isCollectionLikeType()
                                        ? "it is a list, e.g. " + key + ": [a, b]"
                                        : "it is one text value"));
            }
        }
        return mapper.convertValue(fields, type);
    }

    /** The keys of an entry: its record's components in snake case, each with its type. */
    private Map<String, JavaType> keys(Class<?> type) {
        Map<String, JavaType> keys = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            keys.put(SNAKE_CASE.translate(c.getName()), mapper.constructType(c.getGenericType()));
        }
        return keys;
    }

    private void checkEntries(
            List<At<PersonEntry>> persons, List<At<OrganizationEntry>> organizations, List<At<OutletEntry>> outlets) {
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> accounts = new HashMap<>();
        for (At<PersonEntry> p : persons) {
            checkEntry("person", p.entry().id(), p.entry().name(), p.entry().accounts(), p.line(), ids, accounts);
        }
        for (At<OrganizationEntry> o : organizations) {
            checkEntry(
                    "organisation", o.entry().id(), o.entry().name(), o.entry().accounts(), o.line(), ids, accounts);
        }
        for (At<OutletEntry> o : outlets) {
            checkEntry("outlet", o.entry().id(), o.entry().name(), o.entry().accounts(), o.line(), ids, accounts);
        }
        List<String> personIds = persons.stream()
                .map(p -> p.entry().id())
                .filter(id -> id != null)
                .toList();
        for (At<OrganizationEntry> o : organizations) {
            String target = o.entry().speaksFor();
            if (target != null && !personIds.contains(target)) {
                error(
                        o.line(),
                        "speaks_for: '" + target + "' is not the id of a person in this file"
                                + (personIds.isEmpty()
                                        ? "; add the person under persons:"
                                        : ClosestKey.hint(target, personIds)));
            }
        }
    }

    private void checkEntry(
            String kind,
            String id,
            String name,
            List<String> entryAccounts,
            int line,
            Map<String, Integer> ids,
            Map<String, Integer> accounts) {
        if (id == null || id.isBlank()) {
            error(line, "a " + kind + " without an id; add one, e.g. id: " + suggestedId(name));
        } else {
            Integer first = ids.putIfAbsent(id, line);
            if (first != null) {
                error(line, "duplicate id '" + id + "' (first used on line " + first + "); ids must be unique");
            }
        }
        if (name == null || name.isBlank()) {
            error(
                    line,
                    "the " + kind + (id == null ? "" : " '" + id + "'") + " has no name; add name: (in any script)");
        }
        for (String account : entryAccounts) {
            Integer first = accounts.putIfAbsent(account.trim().toLowerCase(Locale.ROOT), line);
            if (first != null) {
                warning(
                        line,
                        "account '" + account + "' is also listed on line " + first
                                + "; posts from it are credited to the later entry only");
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
