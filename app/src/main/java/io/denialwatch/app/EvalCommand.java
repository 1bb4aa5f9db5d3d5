package io.denialwatch.app;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.stream.analysis.AnalyzerConfig;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import io.denialwatch.stream.analysis.eval.EvalReport;
import io.denialwatch.stream.analysis.eval.Evaluator;
import io.denialwatch.stream.analysis.eval.LabelledPost;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code denialwatch eval --in labelled.jsonl [--persons persons.yaml]}: precision, recall and F1
 * of {@code is_denial} per language and overall, and person-attribution recall. The last line is
 * one JSON object with the same figures, for scripts.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the analysis stage on a labelled JSONL file (posts with is_denial and canonical_persons).")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, description = "labelled posts, one JSON object per line")
    Path in;

    @Option(names = "--persons", description = "persons file (config/persons.yaml format); none by default")
    Path persons;

    @Option(names = "--threshold", defaultValue = "0.5", description = "denial score threshold (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--lexicon", description = "extra lexicon file merged into the bundled ones")
    Path lexicon;

    @Option(names = "--trust-lang", description = "pass each post's lang to the analyser instead of letting it guess")
    boolean trustLanguage;

    @Option(names = "--errors", description = "also list the posts decided wrongly and the persons missed")
    boolean showErrors;

    @Override
    public Integer call() {
        Gazetteer gazetteer = persons == null ? Gazetteer.empty().withBundledOutlets() : Gazetteer.load(persons);
        AnalyzerConfig config = new AnalyzerConfig(threshold, lexicon, AnalyzerConfig.DEFAULT_MAX_CHARS);
        EvalReport report = Evaluator.evaluate(new MultilingualAnalyzer(gazetteer, config), LabelledPost.read(in), trustLanguage);
        if (showErrors) {
            report.errors().forEach(e -> System.out.println("# " + e));
        }
        System.out.println(Evaluator.format(report));
        return 0;
    }
}
