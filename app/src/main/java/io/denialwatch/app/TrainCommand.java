package io.denialwatch.app;

import io.denialwatch.app.calibration.DetectorTrainer;
import io.denialwatch.app.calibration.Figures;
import io.denialwatch.common.UserError;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.AnalyzerConfig;
import io.denialwatch.stream.analysis.DenialFeature;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.analysis.eval.LabelledPost;
import io.denialwatch.stream.corpus.Corpus;
import io.denialwatch.stream.corpus.CorpusExport;
import io.denialwatch.stream.corpus.CorpusItem;
import io.denialwatch.stream.corpus.CorpusSplit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code denialwatch train --corpus eval/corpus}: learns the denial detector's weights and
 * threshold from the corpus's dev split and writes the model file the build bundles. The same
 * corpus and lexicons give the same file, byte for byte.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Calibrate the denial detector on the dev split of the real-text corpus: logistic regression "
                    + "over the detector's features (LIBLINEAR), cost and threshold chosen on out-of-fold scores; "
                    + "prints and records them cross-validated with folds by outlet too (the web host of an item's url).",
            "Writes the model file (default: the one the build bundles); deterministic. The test split is never read."
        })
final class TrainCommand implements Callable<Integer> {

    static final Path BUNDLED = Path.of("stream/src/main/resources/io/denialwatch/stream/analysis/detector-model.json");

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "eval/corpus",
            description = "the real-text corpus (default ${DEFAULT-VALUE})")
    Path corpusDir;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "where to write the model (default " + "stream/src/main/"
                    + "resources/io/denialwatch/stream/analysis/detector-model.json)")
    Path out;

    @Option(names = "--lexicon", description = "extra lexicon file merged into the bundled ones")
    Path lexicon;

    @Option(
            names = "--check-half",
            description = "instead: learn on half of dev's outlets (the DESIGN half) and print the figures on the "
                    + "other half (CHECK), by language and by family; writes nothing")
    boolean checkHalf;

    @Option(
            names = "--hold-out",
            paramLabel = "FILE",
            description = "instead: learn on the dev items not listed in FILE (ids, one a line; # starts a comment) "
                    + "and print the figures on the listed ones, by language and by family, never item by item; "
                    + "writes nothing")
    Path holdOut;

    @Override
    public Integer call() throws IOException {
        Corpus corpus = CorpusCommand.open(corpusDir);
        Map<String, CorpusSplit.Part> parts = CorpusParts.select(corpus, "dev");
        CorpusExport dev = CorpusExport.of(corpus, parts, CorpusParts.wanted("dev"));
        Gazetteer gazetteer = Gazetteer.parse(dev.watchlistYaml()).withBundledOutlets();
        MultilingualAnalyzer analyzer = new MultilingualAnalyzer(
                gazetteer,
                new AnalyzerConfig(AnalyzerConfig.DEFAULT_THRESHOLD, lexicon, AnalyzerConfig.DEFAULT_MAX_CHARS));
        Set<String> heldOut = holdOut == null ? Set.of() : heldOutIds(holdOut);
        List<DetectorTrainer.Example> examples = new ArrayList<>();
        List<Boolean> learnt = new ArrayList<>();
        for (LabelledPost item : dev.posts()) {
            learnt.add(!heldOut.contains(item.post().id()));
            Post withheld = item.post().withLanguage(null);
            CorpusItem labelled = corpus.items().get(item.post().id());
            examples.add(new DetectorTrainer.Example(
                    analyzer.features(withheld),
                    item.isDenial(),
                    CorpusSplit.host(labelled.url()),
                    labelled.lang(),
                    labelled.isDenial() ? labelled.family() : null));
        }
        if (checkHalf) {
            printCheck(
                    "the DESIGN half of dev's outlets",
                    "DESIGN half",
                    "CHECK half",
                    DetectorTrainer.checkHalf(examples));
            return 0;
        }
        if (holdOut != null) {
            boolean[] design = new boolean[learnt.size()];
            for (int i = 0; i < design.length; i++) {
                design[i] = learnt.get(i);
            }
            long listed = learnt.stream().filter(l -> !l).count();
            if (listed < heldOut.size()) {
                throw new UserError("train: " + (heldOut.size() - listed) + " id(s) of " + holdOut
                        + " are no dev items; list dev ids only (eval/corpus/dev-ids.txt)");
            }
            long denials = 0;
            for (int i = 0; i < design.length; i++) {
                denials += !design[i] && examples.get(i).denial() ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "held out %d items (%d denials)%n", listed, denials);
            printCheck(
                    "dev without the held-out items",
                    "learnt part",
                    "HELD OUT",
                    DetectorTrainer.check(examples, design));
            return 0;
        }
        long denials = examples.stream().filter(DetectorTrainer.Example::denial).count();
        Map<String, Object> provenance = new LinkedHashMap<>();
        // named as from the repository's root, wherever the command ran, so the file is the same byte for byte
        Path named = corpusDir.toAbsolutePath().normalize().endsWith(Path.of("eval", "corpus"))
                ? Path.of("eval", "corpus")
                : corpusDir;
        provenance.put(
                "made_by",
                "bin/denialwatch train --corpus " + named + (lexicon == null ? "" : " --lexicon " + lexicon));
        provenance.put("split", "dev");
        provenance.put("items", examples.size());
        provenance.put("denials", denials);
        DetectorTrainer.Result r = DetectorTrainer.train(examples, provenance);
        Path target = out != null ? out : BUNDLED;
        Files.writeString(
                target,
                Json.MAPPER
                                .writerWithDefaultPrettyPrinter()
                                .writeValueAsString(r.model().toJson()) + "\n",
                StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "trained on %d dev items (%d denials): cost %s, threshold %.2f, out-of-fold "
                        + "precision %.3f recall %.3f F1 %.3f; wrote %s%n",
                examples.size(),
                denials,
                r.cost(),
                r.model().threshold(),
                r.byOrder().precision(),
                r.byOrder().recall(),
                r.byOrder().f1(),
                target);
        print("cross-validated, folds by outlet (" + r.outlets() + " outlets)", r.byOutlet());
        for (DenialFeature f : DenialFeature.values()) {
            System.out.printf(Locale.ROOT, "  %-20s %+.3f%n", f.key(), r.model().weight(f));
        }
        System.out.printf(Locale.ROOT, "  %-20s %+.3f%n", "bias", r.model().bias());
        return 0;
    }

    /** The ids of a hold-out file: one a line, blank lines and # comments skipped. */
    private static Set<String> heldOutIds(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(
                    "train: --hold-out " + file + " is not a file; give a file of dev item ids, one a line");
        }
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String id = line.replaceFirst("#.*", "").strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            throw new UserError("train: --hold-out " + file + " lists no id; give dev item ids, one a line");
        }
        return ids;
    }

    private static void printCheck(String learnt, String designName, String checkName, DetectorTrainer.HalfCheck h) {
        System.out.printf(
                Locale.ROOT,
                "learnt on %s (%d items): cost %s, threshold %.2f%n",
                learnt,
                h.designItems(),
                h.cost(),
                h.threshold());
        print(designName + ", folds by outlet", h.design());
        print(checkName + " (" + h.checkItems() + " items, " + h.checkOutlets() + " outlets)", h.check());
    }

    /** The figures overall, by language and the recall by family of denial. */
    private static void print(String what, DetectorTrainer.Estimate e) {
        print(what, e.all());
        e.byLanguage().forEach((lang, f) -> print("  " + lang, f));
        e.recallByFamily()
                .forEach((family, recall) ->
                        System.out.printf(Locale.ROOT, "  %-36s recall %.3f%n", "denials by " + family, recall));
    }

    private static void print(String what, Figures f) {
        System.out.printf(
                Locale.ROOT, "%-38s precision %.3f recall %.3f F1 %.3f%n", what, f.precision(), f.recall(), f.f1());
    }
}
