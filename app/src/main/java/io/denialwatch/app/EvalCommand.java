package io.denialwatch.app;

import io.denialwatch.common.UserError;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.stream.analysis.AnalyzerConfig;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.analysis.eval.EvalReport;
import io.denialwatch.stream.analysis.eval.Evaluator;
import io.denialwatch.stream.analysis.eval.LabelledPost;
import io.denialwatch.stream.corpus.AttributionGroups;
import io.denialwatch.stream.corpus.Corpus;
import io.denialwatch.stream.corpus.CorpusExport;
import io.denialwatch.stream.corpus.CorpusItem;
import io.denialwatch.stream.corpus.CorpusSplit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code denialwatch eval --in labelled.jsonl [--persons persons.yaml]} or
 * {@code denialwatch eval --corpus eval/corpus --split test}: precision, recall and F1 of
 * {@code is_denial} per language and overall, and person attribution recall and precision (and,
 * with the corpus's own watch list, organisation attribution, every labelled organisation watched). The
 * last line is one JSON object with the same figures, for scripts.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Score the analysis stage on labelled posts: a JSONL file (posts with is_denial and "
                    + "canonical_persons) or a part of the real-text corpus (eval/corpus/README.md).",
            "With --corpus the watch list is every labelled person under their canonical Latin name only, "
                    + "and recall per denial family, false positives per negative kind and attribution "
                    + "in the hard groups (office or organisation, on someone's behalf, shared short names, "
                    + "the account) are listed too; organisation attribution is scored with every labelled "
                    + "organisation watched too (organisation_recall, organisation_precision)."
        })
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "FILE", description = "labelled posts, one JSON object per line")
    Path in;

    @Option(names = "--corpus", paramLabel = "DIR", description = "the real-text corpus directory (eval/corpus)")
    Path corpusDir;

    @Option(
            names = "--split",
            paramLabel = "PART",
            defaultValue = "dev",
            description =
                    "with --corpus: dev (tune on it), test (the frozen figures of record) or all; default ${DEFAULT-VALUE}")
    String split;

    @Option(
            names = "--persons",
            description = "persons file (config/persons.yaml format); with --in none by default, "
                    + "with --corpus the corpus's own Latin-name watch list")
    Path persons;

    @Option(names = "--threshold", description = "denial score threshold (default: the calibrated model's)")
    Double threshold;

    @Option(names = "--lexicon", description = "extra lexicon file merged into the bundled ones")
    Path lexicon;

    @Option(names = "--trust-lang", description = "pass each post's lang to the analyser instead of letting it guess")
    boolean trustLanguage;

    @Option(names = "--errors", description = "also list the posts decided wrongly and the persons missed")
    boolean showErrors;

    @Override
    public Integer call() {
        if ((in == null) == (corpusDir == null)) {
            throw new UserError("eval: give either --in FILE or --corpus DIR (see eval --help)");
        }
        List<LabelledPost> items;
        Gazetteer gazetteer;
        Corpus corpus = null;
        // with the corpus's own watch lists: organisations are scored with every labelled one watched
        Gazetteer entities = null;
        if (corpusDir != null) {
            corpus = CorpusCommand.open(corpusDir);
            Map<String, CorpusSplit.Part> parts = CorpusParts.select(corpus, split);
            CorpusExport export = CorpusExport.of(corpus, parts, CorpusParts.wanted(split));
            items = export.posts();
            gazetteer = persons != null
                    ? Gazetteer.load(persons)
                    : Gazetteer.parse(export.watchlistYaml()).withBundledOutlets();
            if (persons == null) {
                entities = Gazetteer.parse(export.entitiesYaml()).withBundledOutlets();
            }
        } else {
            items = LabelledPost.read(in);
            gazetteer = persons == null ? Gazetteer.empty().withBundledOutlets() : Gazetteer.load(persons);
        }
        AnalyzerConfig config = new AnalyzerConfig(
                threshold == null ? AnalyzerConfig.DEFAULT_THRESHOLD : threshold,
                lexicon,
                AnalyzerConfig.DEFAULT_MAX_CHARS);
        EvalReport report = Evaluator.evaluate(new MultilingualAnalyzer(gazetteer, config), items, trustLanguage);
        List<String> errors = new ArrayList<>(report.errors());
        EvalReport.Organisations organisations = null;
        if (entities != null) {
            Set<String> ids = new HashSet<>();
            entities.organizations().forEach(o -> ids.add(o.id()));
            organisations = Evaluator.organisations(
                    new MultilingualAnalyzer(entities, config), items, ids, trustLanguage, errors);
        }
        if (showErrors) {
            errors.forEach(e -> System.out.println("# " + e));
        }
        String groupsJson = "";
        if (corpus != null) {
            System.out.print(breakdown(corpus, report));
            List<AttributionGroups.Row> groups = AttributionGroups.of(corpus.items(), report.decisions());
            System.out.print(AttributionGroups.format(groups));
            groupsJson = AttributionGroups.json(groups);
        }
        System.out.println(Evaluator.format(report, organisations, groupsJson));
        return 0;
    }

    /** Recall per denial family and false positives per negative kind: where the rules fall short. */
    private static String breakdown(Corpus corpus, EvalReport report) {
        Map<String, int[]> rows = new TreeMap<>();
        for (EvalReport.Decision d : report.decisions()) {
            CorpusItem item = corpus.items().get(d.postId());
            String key = item.isDenial() ? "denial/" + item.family() : "negative/" + item.negativeKind();
            int[] c = rows.computeIfAbsent(item.lang() + " " + key, k -> new int[2]);
            c[0]++;
            c[1] += d.isDenial() ? 1 : 0;
        }
        StringBuilder out =
                new StringBuilder(String.format(Locale.ROOT, "%-30s %5s %8s%n", "lang kind", "n", "flagged"));
        rows.forEach((k, c) -> out.append(String.format(Locale.ROOT, "%-30s %5d %8d%n", k, c[0], c[1])));
        return out.toString();
    }
}
