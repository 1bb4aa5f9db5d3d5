package io.denialwatch.stream.analysis.eval;

import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.PersonMention;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.PostAnalyzer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Scores an analyser against labelled posts: precision, recall and F1 of {@code is_denial} per
 * language and overall, and the share of labelled persons the analysis found. Pure: no I/O.
 * The gold language groups the figures but is withheld from the analyser unless
 * {@code trustLanguage}, so the language guess is measured too.
 */
public final class Evaluator {

    public static final String ALL = "all";

    private Evaluator() {}

    public static EvalReport evaluate(PostAnalyzer analyzer, List<LabelledPost> items, boolean trustLanguage) {
        Map<String, int[]> counts = new TreeMap<>();
        Attribution persons = new Attribution("person");
        List<EvalReport.Decision> decisions = new ArrayList<>(items.size());
        List<String> errors = new ArrayList<>();
        for (LabelledPost item : items) {
            Post post = item.post();
            String lang = post.lang() == null ? "unknown" : post.lang().toLowerCase(Locale.ROOT);
            Analysis a = analyze(analyzer, item, trustLanguage);
            int cell = item.isDenial() ? (a.isDenial() ? 0 : 2) : (a.isDenial() ? 1 : 3);
            counts.computeIfAbsent(lang, k -> new int[4])[cell]++;
            counts.computeIfAbsent(ALL, k -> new int[4])[cell]++;
            if (a.isDenial() != item.isDenial()) {
                errors.add(post.id() + " expected " + (item.isDenial() ? "denial" : "no denial") + " score "
                        + a.denialScore());
            }
            Set<String> ids = attributed(a, id -> true);
            decisions.add(new EvalReport.Decision(post.id(), a.isDenial(), a.denialScore(), Set.copyOf(ids)));
            persons.add(post.id(), ids, item.canonicalPersons(), item.throughOffice(), errors);
        }
        Map<String, EvalReport.Scores> scores = new TreeMap<>();
        counts.forEach((k, c) -> scores.put(k, new EvalReport.Scores(c[0], c[1], c[2], c[3])));
        return new EvalReport(
                scores, persons.found(), persons.labelled(), persons.named(), persons.right(), decisions, errors);
    }

    /**
     * Organisation attribution: of the labelled (post, organisation) pairs, the share an analyser
     * watching them found, and of the organisations among {@code organisationIds} it named, the
     * share the labels list. The misses go to {@code errors}.
     */
    public static EvalReport.Organisations organisations(
            PostAnalyzer analyzer,
            List<LabelledPost> items,
            Set<String> organisationIds,
            boolean trustLanguage,
            List<String> errors) {
        Attribution organisations = new Attribution("organisation");
        for (LabelledPost item : items) {
            Analysis a = analyze(analyzer, item, trustLanguage);
            organisations.add(
                    item.post().id(), attributed(a, organisationIds::contains), item.canonicalOrganisations(), errors);
        }
        return new EvalReport.Organisations(
                organisations.found(), organisations.labelled(), organisations.named(), organisations.right());
    }

    private static Analysis analyze(PostAnalyzer analyzer, LabelledPost item, boolean trustLanguage) {
        return analyzer.analyze(trustLanguage ? item.post() : item.post().withLanguage(null));
    }

    /** The ids the analysis attributes the post to, among {@code wanted}. */
    private static Set<String> attributed(Analysis a, Predicate<String> wanted) {
        Set<String> ids = new HashSet<>();
        for (PersonMention m : a.persons()) {
            if (!m.undecided() && wanted.test(m.id())) {
                // a name nothing in the post decided is shown as a guess, not attributed
                ids.add(m.id());
            }
        }
        return ids;
    }

    /** The report as a table, then one JSON line with the same figures. */
    public static String format(EvalReport report) {
        return format(report, null, "");
    }

    /** The same, with organisation attribution when {@code organisations} is not null. */
    public static String format(EvalReport report, EvalReport.Organisations organisations) {
        return format(report, organisations, "");
    }

    /**
     * The same, with organisation attribution when {@code organisations} is not null, and
     * {@code moreJson} (JSON object fields, without braces) at the end of the JSON line.
     */
    public static String format(EvalReport report, EvalReport.Organisations organisations, String moreJson) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-5s %5s %5s %5s %5s %9s %7s %6s%n",
                "lang",
                "n",
                "tp",
                "fp",
                "fn",
                "precision",
                "recall",
                "f1"));
        StringBuilder json = new StringBuilder("{");
        report.perLanguage().forEach((lang, s) -> {
            out.append(String.format(
                    Locale.ROOT,
                    "%-5s %5d %5d %5d %5d %9.3f %7.3f %6.3f%n",
                    lang,
                    s.total(),
                    s.truePositives(),
                    s.falsePositives(),
                    s.falseNegatives(),
                    s.precision(),
                    s.recall(),
                    s.f1()));
            json.append(String.format(
                    Locale.ROOT,
                    "\"%s\":{\"n\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f},",
                    lang,
                    s.total(),
                    s.precision(),
                    s.recall(),
                    s.f1()));
        });
        attribution(
                out,
                json,
                "person",
                report.personRecall(),
                report.personsFound(),
                report.personsLabelled(),
                report.personPrecision(),
                report.personsRight(),
                report.personsNamed());
        if (organisations != null) {
            attribution(
                    out,
                    json.append(','),
                    "organisation",
                    organisations.recall(),
                    organisations.found(),
                    organisations.labelled(),
                    organisations.precision(),
                    organisations.right(),
                    organisations.named());
        }
        if (!moreJson.isEmpty()) {
            json.append(',').append(moreJson);
        }
        return out.append(json).append('}').toString();
    }

    /** One kind's attribution: a line of the table, and its two fields of the JSON line. */
    private static void attribution(
            StringBuilder out,
            StringBuilder json,
            String kind,
            double recall,
            int found,
            int labelled,
            double precision,
            int right,
            int named) {
        out.append(String.format(
                Locale.ROOT,
                "%s attribution recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
                kind,
                recall,
                found,
                labelled,
                precision,
                right,
                named));
        json.append(
                String.format(Locale.ROOT, "\"%s_recall\":%.4f,\"%s_precision\":%.4f", kind, recall, kind, precision));
    }
}
