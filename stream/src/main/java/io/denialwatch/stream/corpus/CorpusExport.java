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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One part of the corpus in the forms the pipeline's own tools read: labelled posts for
 * {@code eval}, posts and labelled pairs for {@code replay --pairs}, and the watch list of every
 * labelled person under their canonical Latin name only (no aliases, no other script) — the watch
 * list a new desk would type. The join is scored with the same list plus every labelled
 * organisation under its canonical name ({@code entitiesYaml}), so that the pairs about an
 * organisation ({@code organisationPairs}) count too, reported apart from those about a person
 * ({@code pairs}).
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
            posts.add(new LabelledPost(post, i.isDenial(), canonical, canonicalOrganisations));
            i.persons().forEach(p -> count(names, p));
            i.organisations().forEach(o -> count(organisationNames, o));
        }
        organisationNames.keySet().removeAll(names.keySet());
        return new CorpusExport(
                posts,
                pairs,
                organisationPairs,
                aboutNoEntity,
                acrossParts,
                watchlist(names, Map.of()),
                watchlist(names, organisationNames));
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

    /** Each person and organisation once, under the name labellers gave most often. */
    private static String watchlist(
            Map<String, Map<String, Integer>> persons, Map<String, Map<String, Integer>> organisations) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("persons", entries(persons));
        if (!organisations.isEmpty()) {
            root.put("organizations", entries(organisations));
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        try {
            return "# Every entity the corpus labels, canonical Latin name only: made by `denialwatch corpus`.\n"
                    + yaml.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> entries(Map<String, Map<String, Integer>> names) {
        List<Map<String, Object>> out = new ArrayList<>();
        names.forEach((id, counts) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", id);
            entry.put(
                    "name",
                    watchedName(counts.entrySet().stream()
                            .max(Map.Entry.comparingByValue())
                            .orElseThrow()
                            .getKey()));
            out.add(entry);
        });
        return out;
    }
}
