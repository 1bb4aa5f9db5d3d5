package io.denialwatch.stream.corpus;

import io.denialwatch.stream.analysis.eval.EvalReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The corpus items on which attribution is hardest, scored apart: persons the text names only
 * through an office or an organisation, denials made on someone's behalf, short names that
 * several watched persons share, and first-person posts naming no one. Overall figures hide
 * these groups because plain full names outnumber them ten to one. Pure: no I/O.
 */
public final class AttributionGroups {

    /**
     * One group's figures.
     *
     * @param key             the group's name in JSON
     * @param label           what the group holds, for a reader
     * @param items           items with at least one person of the group
     * @param denials         of those, the labelled denials
     * @param denialsFound    denials the analysis flagged
     * @param personsLabelled (item, person) pairs of the group
     * @param personsFound    of those, the ones the analysis attributed the item to
     */
    public record Row(
            String key, String label, int items, int denials, int denialsFound, int personsLabelled, int personsFound) {

        public double personRecall() {
            return personsLabelled == 0 ? 1.0 : (double) personsFound / personsLabelled;
        }

        public double denialRecall() {
            return denials == 0 ? 1.0 : (double) denialsFound / denials;
        }
    }

    private static final Pattern ONE_LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'’-]*");

    private AttributionGroups() {}

    /** The groups' figures for the decisions of one run over corpus items. */
    public static List<Row> of(Map<String, CorpusItem> items, List<EvalReport.Decision> decisions) {
        Map<String, Set<String>> bearers = nameWordBearers(items, decisions);
        List<Row> rows = new ArrayList<>();
        rows.add(row(
                "office_or_organisation",
                "named only through an office or organisation",
                items,
                decisions,
                (item, p) -> "role".equals(p.via()) || "organisation".equals(p.via())));
        rows.add(row(
                "on_behalf",
                "denials made on someone's behalf (the denier is none of the persons)",
                items,
                decisions,
                (item, p) -> Boolean.TRUE.equals(item.isDenial()) && onBehalf(item)));
        rows.add(row(
                "short_shared_name",
                "a one-word name that two or more watched persons bear",
                items,
                decisions,
                (item, p) -> sharedShortName(p, bearers)));
        rows.add(row(
                "account",
                "the posting account, not named in the text",
                items,
                decisions,
                (item, p) -> "account".equals(p.via())));
        return rows;
    }

    /** The rows as a table, one line each. */
    public static String format(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%-70s %5s %7s %5s %7s %5s %6s%n",
                "attribution group",
                "items",
                "denials",
                "found",
                "persons",
                "found",
                "recall"));
        for (Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-70s %5d %7d %5d %7d %5d %6.3f%n",
                    r.label(),
                    r.items(),
                    r.denials(),
                    r.denialsFound(),
                    r.personsLabelled(),
                    r.personsFound(),
                    r.personRecall()));
        }
        return out.toString();
    }

    /** The rows as JSON fields ({@code "groups":{…}}), for the last line of {@code eval}. */
    public static String json(List<Row> rows) {
        StringBuilder out = new StringBuilder("\"groups\":{");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.append(String.format(
                    Locale.ROOT,
                    "%s\"%s\":{\"items\":%d,\"denials\":%d,\"denial_recall\":%.4f,\"persons\":%d,\"person_recall\":%.4f}",
                    i == 0 ? "" : ",",
                    r.key(),
                    r.items(),
                    r.denials(),
                    r.denialRecall(),
                    r.personsLabelled(),
                    r.personRecall()));
        }
        return out.append('}').toString();
    }

    private static Row row(
            String key,
            String label,
            Map<String, CorpusItem> items,
            List<EvalReport.Decision> decisions,
            BiPredicate<CorpusItem, CorpusItem.Entity> inGroup) {
        int n = 0;
        int denials = 0;
        int denialsFound = 0;
        int labelled = 0;
        int found = 0;
        for (EvalReport.Decision d : decisions) {
            CorpusItem item = items.get(d.postId());
            if (item == null) {
                continue;
            }
            List<CorpusItem.Entity> members =
                    item.persons().stream().filter(p -> inGroup.test(item, p)).toList();
            if (members.isEmpty()) {
                continue;
            }
            n++;
            if (Boolean.TRUE.equals(item.isDenial())) {
                denials++;
                denialsFound += d.isDenial() ? 1 : 0;
            }
            labelled += members.size();
            found += (int) members.stream()
                    .map(CorpusItem.Entity::id)
                    .filter(d.persons()::contains)
                    .count();
        }
        return new Row(key, label, n, denials, denialsFound, labelled, found);
    }

    /**
     * A denial whose denier is written and is none of the persons it concerns: a spokesperson, an
     * office, a ministry, a club, a lawyer, a relative speaking for them.
     */
    static boolean onBehalf(CorpusItem item) {
        if (item.denier() == null || item.persons().isEmpty()) {
            return false;
        }
        String denier = item.denier().toLowerCase(Locale.ROOT);
        Predicate<CorpusItem.Entity> isDenier = p -> p.surface() != null
                && !p.surface().isBlank()
                && (denier.contains(p.surface().toLowerCase(Locale.ROOT))
                        || p.surface().toLowerCase(Locale.ROOT).contains(denier));
        return item.persons().stream().noneMatch(isDenier);
    }

    /** A person named by one Latin word that is part of the canonical names of two or more watched persons. */
    static boolean sharedShortName(CorpusItem.Entity p, Map<String, Set<String>> bearers) {
        if (!"name".equals(p.via()) || p.surface() == null) {
            return false;
        }
        String surface = p.surface().strip().replaceFirst("['’]s$", "");
        if (!ONE_LATIN_WORD.matcher(surface).matches()) {
            return false;
        }
        return bearers.getOrDefault(surface.toLowerCase(Locale.ROOT), Set.of()).size() >= 2;
    }

    /** Each word of a canonical name, with the persons of the evaluated items whose names hold it. */
    private static Map<String, Set<String>> nameWordBearers(
            Map<String, CorpusItem> items, List<EvalReport.Decision> decisions) {
        Map<String, Set<String>> bearers = new HashMap<>();
        for (EvalReport.Decision d : decisions) {
            CorpusItem item = items.get(d.postId());
            if (item == null) {
                continue;
            }
            for (CorpusItem.Entity p : item.persons()) {
                if (p.name() == null) {
                    continue;
                }
                for (String word : p.name().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                    bearers.computeIfAbsent(word, w -> new HashSet<>()).add(p.id());
                }
            }
        }
        return bearers;
    }
}
