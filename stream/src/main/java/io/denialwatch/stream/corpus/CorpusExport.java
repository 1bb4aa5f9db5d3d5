package io.denialwatch.stream.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.eval.LabelledPost;
import io.denialwatch.stream.analysis.names.TitledName;
import io.denialwatch.stream.corpus.CorpusSplit.Part;
import io.denialwatch.stream.replay.PairCheck;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One part of the corpus in the forms the pipeline's own tools read: labelled posts for
 * {@code eval}, posts and labelled pairs for {@code replay --pairs}, and the watch list of every
 * labelled person under their canonical Latin name only (no aliases, no other script) — the watch
 * list a new desk would type — and every office the labels name a person through, under its
 * canonical English name only, held by the persons labelled with it. The join is scored with the
 * same list plus every labelled organisation under its canonical name ({@code entitiesYaml}), so
 * that the pairs about an organisation ({@code organisationPairs}) count too, reported apart from
 * those about a person ({@code pairs}).
 *
 * <p>Both lists carry the offices: a mention of an office resolves to a person, its holder on the
 * post's day, so offices are part of person attribution (the group of persons "named only through
 * an office" is scored with {@code watchlistYaml}), not of organisation attribution.
 */
public record CorpusExport(
        List<LabelledPost> posts,
        List<PairCheck.Pair> pairs,
        List<PairCheck.Pair> organisationPairs,
        int pairsAboutNoLabelledEntity,
        int pairsAcrossParts,
        String watchlistYaml,
        String entitiesYaml) {

    /** How a person counts for attribution: named in the text, or the author of a first-person post. */
    private static final Set<String> ATTRIBUTABLE = Set.of("name", "account");
    /** A story dated the same day as its denial is placed this much earlier, so it is not judged later. */
    private static final Duration SAME_DAY_STORY = Duration.ofHours(6);

    public static CorpusExport of(Corpus corpus, Map<String, Part> parts, Set<Part> wanted) {
        Map<String, Instant> at = new HashMap<>();
        corpus.items().values().forEach(i -> at.put(i.id(), Corpus.publishedAt(i)));
        Set<String> persons = new HashSet<>();
        corpus.items().values().forEach(i -> i.persons().forEach(p -> persons.add(p.id())));
        Set<String> organisations = new HashSet<>();
        corpus.items().values().forEach(i -> i.organisations().forEach(o -> organisations.add(o.id())));
        List<PairCheck.Pair> pairs = new ArrayList<>();
        List<PairCheck.Pair> organisationPairs = new ArrayList<>();
        int aboutNoEntity = 0;
        int acrossParts = 0;
        for (CorpusPair p : corpus.pairs()) {
            if (!wanted.contains(parts.get(p.denial())) || !corpus.items().containsKey(p.denial())) {
                continue;
            }
            if (!Corpus.concat(List.of(p.story()), p.distractors()).stream()
                    .allMatch(id -> wanted.contains(parts.get(id)))) {
                // a later pair linked a test denial to stories tuned on (or the reverse): its story
                // is not replayed with it, so it cannot be scored fairly in either part
                acrossParts++;
                continue;
            }
            Instant denial = at.get(p.denial());
            for (String id : Corpus.concat(List.of(p.story()), p.distractors())) {
                if (denial.equals(at.get(id))) {
                    at.put(id, denial.minus(SAME_DAY_STORY));
                }
            }
            PairCheck.Pair pair = new PairCheck.Pair(p.denial(), p.subject(), p.story(), p.id());
            if (persons.contains(p.subject())) {
                pairs.add(pair);
            } else if (organisations.contains(p.subject())) {
                organisationPairs.add(pair);
            } else {
                aboutNoEntity++;
            }
        }
        List<LabelledPost> posts = new ArrayList<>();
        Map<String, Map<String, Integer>> names = new TreeMap<>();
        Map<String, Map<String, Integer>> organisationNames = new TreeMap<>();
        Map<String, Map<String, LocalDate[]>> offices = new TreeMap<>();
        for (CorpusItem i : corpus.items().values()) {
            if (!wanted.contains(parts.get(i.id()))) {
                continue;
            }
            Post post = new Post(
                    i.id(),
                    "corpus",
                    i.url(),
                    at.get(i.id()),
                    null,
                    null,
                    i.lang(),
                    null,
                    i.text(),
                    List.of(),
                    null,
                    null,
                    null);
            List<String> canonical = i.persons().stream()
                    .filter(p -> ATTRIBUTABLE.contains(p.via()))
                    .map(CorpusItem.Entity::id)
                    .distinct()
                    .toList();
            List<String> canonicalOrganisations = i.organisations().stream()
                    .filter(o -> ATTRIBUTABLE.contains(o.via()))
                    .map(CorpusItem.Entity::id)
                    .filter(id -> !persons.contains(id))
                    .distinct()
                    .toList();
            List<String> throughOffice = i.persons().stream()
                    .filter(p -> !ATTRIBUTABLE.contains(p.via()))
                    .map(CorpusItem.Entity::id)
                    .filter(id -> !canonical.contains(id))
                    .distinct()
                    .toList();
            posts.add(new LabelledPost(post, i.isDenial(), canonical, canonicalOrganisations, throughOffice));
            i.persons().forEach(p -> count(names, p));
            LocalDate day = LocalDate.ofInstant(Corpus.publishedAt(i), ZoneOffset.UTC);
            i.persons().stream().filter(p -> p.office() != null).forEach(p -> hold(offices, p, day));
            i.organisations().forEach(o -> count(organisationNames, o));
        }
        organisationNames.keySet().removeAll(names.keySet());
        return new CorpusExport(
                posts,
                pairs,
                organisationPairs,
                aboutNoEntity,
                acrossParts,
                watchlist(names, Map.of(), offices),
                watchlist(names, organisationNames, offices));
    }

    /** Widens the days {@code person} held their labelled office to include {@code day}. */
    private static void hold(Map<String, Map<String, LocalDate[]>> offices, CorpusItem.Entity person, LocalDate day) {
        LocalDate[] span = offices.computeIfAbsent(person.office().strip(), k -> new TreeMap<>())
                .computeIfAbsent(person.id(), k -> new LocalDate[] {day, day});
        span[0] = day.isBefore(span[0]) ? day : span[0];
        span[1] = day.isAfter(span[1]) ? day : span[1];
    }

    private static void count(Map<String, Map<String, Integer>> names, CorpusItem.Entity e) {
        names.computeIfAbsent(e.id(), k -> new TreeMap<>()).merge(e.name(), 1, Integer::sum);
    }

    /**
     * A canonical name as a desk would type it: an encyclopaedia title's disambiguation
     * ("Muslim (singer)") and what follows a comma ("Martin Luther King, Jr.") are not part of how
     * texts name the person, unless it is a title ("Meghan, Duchess of Sussex"), kept whole as the
     * encyclopaedia gives it: the analysis derives both "Meghan" and "the Duchess of Sussex" from
     * it ({@link TitledName}).
     */
    static String watchedName(String canonical) {
        String name = canonical.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        int comma = name.indexOf(',');
        return comma > 0 && TitledName.of(name).titles().isEmpty()
                ? name.substring(0, comma).strip()
                : name;
    }

    /**
     * Each person and organisation once, under the name labellers gave most often, and each office
     * under its canonical name only, its holders from the first to the last day of the exported
     * items labelling them with it.
     */
    private static String watchlist(
            Map<String, Map<String, Integer>> persons,
            Map<String, Map<String, Integer>> organisations,
            Map<String, Map<String, LocalDate[]>> offices) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("persons", entries(persons));
        if (!organisations.isEmpty()) {
            root.put("organizations", organisationEntries(organisations));
        }
        if (!offices.isEmpty()) {
            root.put("roles", roles(offices, persons.keySet(), organisations.keySet()));
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        try {
            return "# Every entity the corpus labels, canonical Latin name only: made by `denialwatch corpus`.\n"
                    + yaml.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> roles(
            Map<String, Map<String, LocalDate[]>> offices, Set<String> persons, Set<String> organisations) {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> ids = new HashSet<>(persons);
        ids.addAll(organisations);
        offices.forEach((office, holders) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", officeId(office, ids));
            entry.put("name", office);
            List<Map<String, Object>> held = new ArrayList<>();
            holders.forEach((person, span) -> {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("person", person);
                h.put("from", span[0].toString());
                h.put("to", span[1].toString());
                held.add(h);
            });
            entry.put("holders", held);
            out.add(entry);
        });
        return out;
    }

    /** An id for {@code office} made from its name, unused by any person, organisation or earlier office. */
    private static String officeId(String office, Set<String> used) {
        String base = Normalizer.normalize(office, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String id = base.isEmpty() ? "office" : base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static List<Map<String, Object>> entries(Map<String, Map<String, Integer>> names) {
        List<Map<String, Object>> out = new ArrayList<>();
        names.forEach((id, counts) -> out.add(entry(id, watchedName(canonical(counts)))));
        return out;
    }

    /**
     * Each organisation under {@link #watchedName}, unless that is what another organisation of
     * the list is watched as too: then under its whole canonical name, whose qualifier is what
     * tells the bodies apart ("Ministry of Foreign Affairs (Egypt)" and "(Iran)", "Embassy of the
     * United States, Havana"). A name two entries share names neither of them, and the analysis
     * reads the country in the qualifier ("the Egyptian foreign ministry", "الخارجية المصرية").
     * Only then: a body watched without its qualifier is also found by its bare name ("the
     * Ministry of Health" in a post), which a qualified name would lose.
     */
    private static List<Map<String, Object>> organisationEntries(Map<String, Map<String, Integer>> names) {
        Map<String, Integer> watched = new HashMap<>();
        names.values().forEach(counts -> watched.merge(watchedName(canonical(counts)), 1, Integer::sum));
        List<Map<String, Object>> out = new ArrayList<>();
        names.forEach((id, counts) -> {
            String name = watchedName(canonical(counts));
            out.add(entry(id, watched.get(name) > 1 ? canonical(counts) : name));
        });
        return out;
    }

    /** The name labellers gave most often. */
    private static String canonical(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    private static Map<String, Object> entry(String id, String name) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("name", name);
        return entry;
    }
}
