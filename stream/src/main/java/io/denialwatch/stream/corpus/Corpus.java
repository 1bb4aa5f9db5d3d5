package io.denialwatch.stream.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.denialwatch.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real-text corpus as it stands on disk ({@code eval/corpus/}): every item, pair and second
 * label, and every problem found reading them, each with its file and line. Loading never stops
 * at the first problem, so a labeller sees them all at once.
 */
public final class Corpus {

    static final Set<String> LANGS = Set.of("ar", "en", "fr");
    static final Set<String> KINDS = Set.of("news", "statement", "post");
    static final Set<String> FAMILIES = Set.of("verb", "truth", "attribution", "no_verb");
    static final Set<String> NEGATIVE_KINDS = Set.of(
            "other_sense",
            "negated",
            "modal",
            "non_confirmation",
            "refusal",
            "stands_by",
            "admission",
            "meta",
            "story");
    static final Set<String> VIAS = Set.of("name", "role", "organisation", "account");
    static final Set<String> DATE_BASES = Set.of("page", "url", "text");
    private static final Pattern ENTITY_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Unknown fields are labelling mistakes here, not a producer's extension; so is a number or a
     * boolean where a text is wanted ({@code "office": 3}).
     */
    private static final ObjectMapper STRICT = strict();

    private static ObjectMapper strict() {
        ObjectMapper m = Json.MAPPER.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (CoercionInputShape shape :
                List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            m.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return m;
    }

    private final Path dir;
    private final Map<String, CorpusItem> items = new LinkedHashMap<>();
    private final Map<String, String> itemPlace = new HashMap<>();
    private final Map<String, String> pairPlace = new HashMap<>();
    private final List<CorpusPair> pairs = new ArrayList<>();
    private final List<SecondLabel> second = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private Corpus(Path dir) {
        this.dir = dir;
    }

    /** Reads {@code items/}, {@code pairs/} and {@code second/} under {@code dir}. */
    public static Corpus load(Path dir) {
        if (!Files.isDirectory(dir.resolve("items"))) {
            throw new IllegalArgumentException("not a corpus directory (no items/ in it): " + dir);
        }
        Corpus c = new Corpus(dir);
        for (Path f : files(dir.resolve("items"))) {
            c.read(f, CorpusItem.class, (item, place) -> c.addItem(item, place));
        }
        for (Path f : files(dir.resolve("pairs"))) {
            c.read(f, CorpusPair.class, (pair, place) -> c.addPair(pair, place));
        }
        for (Path f : files(dir.resolve("second"))) {
            c.read(f, SecondLabel.class, (label, place) -> c.second.add(label));
        }
        c.checkPairs();
        c.checkOrganisationNames();
        return c;
    }

    public Path dir() {
        return dir;
    }

    public Map<String, CorpusItem> items() {
        return Collections.unmodifiableMap(items);
    }

    public List<CorpusPair> pairs() {
        return Collections.unmodifiableList(pairs);
    }

    public List<SecondLabel> secondLabels() {
        return Collections.unmodifiableList(second);
    }

    /** What is wrong, one line each, starting with {@code file:line}. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * When an item was published. A date without a time is read as noon UTC, so that a story and
     * the denial that answers it on the same day keep their order when both carry a time.
     */
    public static Instant publishedAt(CorpusItem item) {
        String s = item.publishedAt();
        if (s.length() == 10) {
            return LocalDate.parse(s).atTime(12, 0).toInstant(ZoneOffset.UTC);
        }
        return Instant.parse(s);
    }

    private static List<Path> files(Path sub) {
        if (!Files.isDirectory(sub)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(sub)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + sub, e);
        }
    }

    private interface LineSink<T> {
        void accept(T value, String place);
    }

    private <T> void read(Path file, Class<T> type, LineSink<T> sink) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(dir.relativize(file) + ": cannot read: " + e.getMessage());
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String place = dir.relativize(file) + ":" + (i + 1);
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                sink.accept(STRICT.readValue(lines.get(i), type), place);
            } catch (JsonProcessingException e) {
                problems.add(place + ": " + e.getOriginalMessage());
            }
        }
    }

    private void addItem(CorpusItem item, String place) {
        List<String> wrong = new ArrayList<>();
        if (item.id() == null || item.id().isBlank()) {
            problems.add(place + ": missing id");
            return;
        }
        if (items.containsKey(item.id())) {
            problems.add(place + ": id " + item.id() + " already used at " + itemPlace.get(item.id()));
            return;
        }
        require(wrong, LANGS.contains(item.lang()), "lang must be one of " + LANGS);
        require(wrong, KINDS.contains(item.kind()), "kind must be one of " + KINDS);
        require(wrong, item.text() != null && !item.text().isBlank(), "missing text");
        require(wrong, item.url() != null && item.url().matches("https?://\\S+"), "url must be an http(s) address");
        require(wrong, item.outlet() != null && !item.outlet().isBlank(), "missing outlet");
        require(wrong, DATE_BASES.contains(item.dateBasis()), "date_basis must be one of " + DATE_BASES);
        require(wrong, item.isDenial() != null, "missing is_denial");
        if (item.publishedAt() == null) {
            wrong.add("missing published_at");
        } else {
            try {
                publishedAt(item);
            } catch (DateTimeParseException e) {
                wrong.add("published_at is not YYYY-MM-DD or an ISO instant: " + item.publishedAt());
            }
        }
        if (Boolean.TRUE.equals(item.isDenial())) {
            require(wrong, FAMILIES.contains(item.family()), "a denial's family must be one of " + FAMILIES);
            require(wrong, item.negativeKind() == null, "a denial has no negative_kind");
        } else if (Boolean.FALSE.equals(item.isDenial())) {
            require(
                    wrong,
                    NEGATIVE_KINDS.contains(item.negativeKind()),
                    "a negative's negative_kind must be one of " + NEGATIVE_KINDS);
            require(wrong, item.family() == null, "a negative has no family");
        }
        for (CorpusItem.Entity e : concat(item.persons(), item.organisations())) {
            require(
                    wrong,
                    e.id() != null && ENTITY_ID.matcher(e.id()).matches(),
                    "entity id must be lower-case ASCII words joined by '-': " + e.id());
            require(wrong, e.name() != null && !e.name().isBlank(), "entity " + e.id() + " has no name");
            require(wrong, VIAS.contains(e.via()), "entity " + e.id() + ": via must be one of " + VIAS);
        }
        for (CorpusItem.Entity e : item.persons()) {
            require(
                    wrong,
                    e.office() == null || !e.office().isBlank(),
                    "person " + e.id() + ": office must be the office's canonical English name, not empty");
        }
        for (CorpusItem.Entity e : item.organisations()) {
            require(
                    wrong,
                    e.office() == null,
                    "organisation " + e.id() + ": office is for a person named through an office; remove it");
        }
        if (!wrong.isEmpty()) {
            wrong.forEach(w -> problems.add(place + ": " + item.id() + ": " + w));
            return;
        }
        items.put(item.id(), item);
        itemPlace.put(item.id(), place);
    }

    private void addPair(CorpusPair pair, String place) {
        if (pair.denial() == null || pair.story() == null || pair.subject() == null) {
            problems.add(place + ": a pair needs denial, story and subject");
            return;
        }
        pair = new CorpusPair(
                pair.id() == null ? place : pair.id(),
                pair.denial(),
                pair.story(),
                pair.distractors(),
                pair.subject(),
                pair.labeller());
        pairs.add(pair);
        pairPlace.put(pair.id(), place);
    }

    /** Pair checks need every item read first. */
    private void checkPairs() {
        for (CorpusPair p : pairs) {
            String place = pairPlace.get(p.id());
            CorpusItem denial = items.get(p.denial());
            if (denial == null) {
                problems.add(place + ": no item " + p.denial());
                continue;
            }
            if (!Boolean.TRUE.equals(denial.isDenial())) {
                problems.add(place + ": " + p.denial() + " is not labelled a denial");
            }
            if (p.distractors().size() < 2) {
                problems.add(place + ": a pair needs at least two distractors");
            }
            for (String id : concat(List.of(p.story()), p.distractors())) {
                CorpusItem story = items.get(id);
                if (story == null) {
                    problems.add(place + ": no item " + id);
                } else if (publishedAt(story).isAfter(publishedAt(denial))) {
                    problems.add(place + ": " + id + " (" + story.publishedAt() + ") is dated after the denial ("
                            + denial.publishedAt() + ")");
                } else if (!mentions(story, p.subject())) {
                    problems.add(place + ": " + id + " does not list the subject " + p.subject());
                }
            }
            if (!mentions(denial, p.subject())) {
                problems.add(place + ": " + p.denial() + " does not list the subject " + p.subject());
            }
        }
    }

    /**
     * One organisation, one id and one name in every file: the watch list made from the labels
     * watches each id under its name, and a name two ids share names neither of them, so two
     * ids for one body, or one id under two names, lose the body's mentions.
     */
    private void checkOrganisationNames() {
        Map<String, String> nameOf = new HashMap<>();
        Map<String, String> idOf = new HashMap<>();
        Map<String, String> firstPlace = new HashMap<>();
        Set<String> reported = new HashSet<>();
        items.forEach((itemId, item) -> {
            String place = itemPlace.get(itemId);
            for (CorpusItem.Entity o : item.organisations()) {
                String name = o.name().strip();
                String before = nameOf.putIfAbsent(o.id(), name);
                firstPlace.putIfAbsent("id " + o.id(), place);
                firstPlace.putIfAbsent("name " + name, place);
                if (before != null && !before.equals(name) && reported.add(o.id() + "\n" + name)) {
                    problems.add(place + ": " + itemId + ": organisation " + o.id() + " is named \"" + name
                            + "\" here but \"" + before + "\" at " + firstPlace.get("id " + o.id())
                            + ": give it one name, its English Wikipedia title, in every file");
                }
                String other = idOf.putIfAbsent(name, o.id());
                if (other != null && !other.equals(o.id()) && reported.add(name + "\n" + o.id())) {
                    problems.add(place + ": " + itemId + ": organisations " + o.id() + " and " + other + " (at "
                            + firstPlace.get("name " + name) + ") are both named \"" + name
                            + "\": one body takes one id; two bodies take names that tell them apart");
                }
            }
        });
    }

    static boolean mentions(CorpusItem item, String entityId) {
        return concat(item.persons(), item.organisations()).stream().anyMatch(e -> entityId.equals(e.id()));
    }

    private static void require(List<String> wrong, boolean ok, String message) {
        if (!ok) {
            wrong.add(message);
        }
    }

    static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
