package io.denialwatch.app.calibration;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.denialwatch.stream.analysis.DenialFeature;
import io.denialwatch.stream.analysis.DetectorModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Learns the denial detector's weights from labelled feature sets: L2-regularised logistic
 * regression (LIBLINEAR), its cost chosen and its threshold set on out-of-fold scores, so neither
 * is fitted to the very items it is judged on. The same cost and threshold are also
 * cross-validated with folds that keep each outlet (the web host of an item's url) whole, so no
 * outlet, and none of its wordings, is both learnt from and judged on: that estimate is recorded
 * beside the other, by language and by family of denial. Deterministic: folds come from the item
 * order and the hosts, and LIBLINEAR's random generator is reset before every fit.
 */
public final class DetectorTrainer {

    /**
     * One labelled example.
     *
     * @param group  the outlet it comes from (its url's web host): never split across folds
     * @param lang   its language, to report figures by language
     * @param family how a denial denies ({@code verb}, {@code no_verb} …), null for other posts
     */
    public record Example(Set<DenialFeature> features, boolean denial, String group, String lang, String family) {}

    /**
     * What a cross-validation measured at the chosen cost and threshold.
     *
     * @param all            over every example
     * @param byLanguage     over the examples of each language
     * @param recallByFamily recall over the denials of each family
     */
    public record Estimate(Figures all, Map<String, Figures> byLanguage, Map<String, Double> recallByFamily) {}

    /**
     * The model, and the cross-validated figures at its cost and threshold: with folds by item
     * order (which chose them) and with folds by outlet, over {@code outlets} outlets.
     */
    public record Result(DetectorModel model, double cost, Figures byOrder, Estimate byOutlet, int outlets) {}

    /**
     * A model learnt on the DESIGN half of the outlets and judged on the CHECK half it never saw.
     *
     * @param design       the DESIGN half's own figures, cross-validated with folds by outlet: what
     *                     to look at while designing
     * @param check        the figures on the CHECK half, at the cost and threshold the DESIGN half chose
     * @param designItems  how many examples the DESIGN half holds (the CHECK half: the rest)
     */
    public record HalfCheck(
            Estimate design,
            Estimate check,
            double cost,
            double threshold,
            int designItems,
            int checkItems,
            int checkOutlets) {}

    static final int FOLDS = 5;
    static final double[] COSTS = {0.25, 0.5, 1, 2, 4, 8};
    private static final double EPSILON = 1e-6;
    private static final int BIAS_COLUMN = DenialFeature.values().length + 1;

    private DetectorTrainer() {}

    public static Result train(List<Example> examples, Map<String, Object> provenance) {
        if (examples.stream().noneMatch(Example::denial) || examples.stream().allMatch(Example::denial)) {
            throw new IllegalArgumentException("training needs both denials and other posts");
        }
        Linear.disableDebugOutput();
        Fit best = choose(examples);
        double bestCost = best.cost();
        int[] byHost = Folds.byGroup(examples.stream().map(Example::group).toList(), FOLDS);
        Estimate byOutlet = estimate(outOfFold(examples, bestCost, byHost), best.threshold(), examples);
        int outlets = (int) examples.stream().map(Example::group).distinct().count();
        Model model = fit(examples, bestCost);
        Map<String, Object> made = new LinkedHashMap<>(provenance);
        made.put("cost", bestCost);
        made.put("out_of_fold_f1", round(best.figures().f1()));
        made.put("out_of_fold_recall", round(best.figures().recall()));
        made.put("out_of_fold_precision", round(best.figures().precision()));
        made.put("outlet_grouped_cv", toJson(byOutlet, outlets));
        return new Result(toDetectorModel(model, best.threshold(), made), bestCost, best.figures(), byOutlet, outlets);
    }

    /**
     * Learns on the outlets of one half of {@code examples} ({@link Folds#designHalf}), with the
     * same choice of cost and threshold as {@link #train}, and measures on the other half's: a
     * figure for a cue designed while looking at the first half only.
     */
    public static HalfCheck checkHalf(List<Example> examples) {
        return check(
                examples, Folds.designHalf(examples.stream().map(Example::group).toList()));
    }

    /**
     * Learns on the examples {@code design} marks, with the same choice of cost and threshold as
     * {@link #train}, and measures on the others: the figure of a change designed without reading them.
     */
    public static HalfCheck check(List<Example> examples, boolean[] design) {
        List<Example> designed = new ArrayList<>();
        List<Example> checked = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            (design[i] ? designed : checked).add(examples.get(i));
        }
        if (designed.stream().noneMatch(Example::denial) || designed.stream().allMatch(Example::denial)) {
            throw new IllegalArgumentException("training needs both denials and other posts");
        }
        Linear.disableDebugOutput();
        Fit chosen = choose(designed);
        Model m = fit(designed, chosen.cost());
        double[] p = new double[checked.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = probability(m, checked.get(i));
        }
        int checkOutlets = (int) checked.stream().map(Example::group).distinct().count();
        int[] byHost = Folds.byGroup(designed.stream().map(Example::group).toList(), FOLDS);
        return new HalfCheck(
                estimate(outOfFold(designed, chosen.cost(), byHost), chosen.threshold(), designed),
                estimate(p, chosen.threshold(), checked),
                chosen.cost(),
                chosen.threshold(),
                designed.size(),
                checked.size(),
                checkOutlets);
    }

    private record Fit(double cost, double threshold, Figures figures) {}

    /** The cost and threshold with the best out-of-fold F1, folds by item order. */
    private static Fit choose(List<Example> examples) {
        int[] byOrder = Folds.byOrder(examples.size(), FOLDS);
        Fit best = null;
        for (double c : COSTS) {
            Fit fit = bestThreshold(c, outOfFold(examples, c, byOrder), examples);
            if (best == null || fit.figures().f1() > best.figures().f1() + 1e-9) {
                best = fit;
            }
        }
        return best;
    }

    /** The denial probability of every example, each from a model fitted without its fold. */
    private static double[] outOfFold(List<Example> examples, double cost, int[] folds) {
        double[] p = new double[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (folds[i] != fold) {
                    train.add(examples.get(i));
                }
            }
            Model m = fit(train, cost);
            for (int i = 0; i < examples.size(); i++) {
                if (folds[i] == fold) {
                    p[i] = probability(m, examples.get(i));
                }
            }
        }
        return p;
    }

    private static double probability(Model m, Example e) {
        double[] probabilities = new double[2];
        Linear.predictProbability(m, nodes(e.features()), probabilities);
        return probabilities[m.getLabels()[0] == 1 ? 0 : 1];
    }

    /**
     * How far below the best out-of-fold F1 a lower threshold may fall and still be chosen. Around
     * its best the F1 curve is flat (a few items either way), and there the lower threshold is the
     * better bet: a missed denial costs a desk more than an extra alert, and new text, whose wording
     * the lexicons know less well, scores lower than the dev items they were written from.
     */
    static final double F1_TOLERANCE = 0.005;

    /** The lowest threshold whose F1 is within {@link #F1_TOLERANCE} of the best. */
    private static Fit bestThreshold(double cost, double[] p, List<Example> examples) {
        Figures[] byThreshold = new Figures[96];
        double bestF1 = -1;
        for (int t = 5; t <= 95; t++) {
            byThreshold[t] = Figures.of(p, t / 100.0, examples, e -> true);
            bestF1 = Math.max(bestF1, byThreshold[t].f1());
        }
        for (int t = 5; t <= 95; t++) {
            if (byThreshold[t].f1() >= bestF1 - F1_TOLERANCE - 1e-9) {
                return new Fit(cost, t / 100.0, byThreshold[t]);
            }
        }
        throw new IllegalStateException("no threshold reaches the best F1");
    }

    private static Estimate estimate(double[] p, double threshold, List<Example> examples) {
        Map<String, Figures> byLanguage = new TreeMap<>();
        for (String lang : new TreeSet<>(examples.stream().map(Example::lang).toList())) {
            byLanguage.put(lang, Figures.of(p, threshold, examples, e -> lang.equals(e.lang())));
        }
        Map<String, Double> byFamily = new TreeMap<>();
        for (String family : new TreeSet<>(examples.stream()
                .filter(Example::denial)
                .map(e -> String.valueOf(e.family()))
                .toList())) {
            byFamily.put(
                    family,
                    Figures.of(p, threshold, examples, e -> e.denial() && family.equals(String.valueOf(e.family())))
                            .recall());
        }
        return new Estimate(Figures.of(p, threshold, examples, e -> true), byLanguage, byFamily);
    }

    private static Map<String, Object> toJson(Estimate e, int outlets) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("folds_by", "web host of the url");
        out.put("hosts", outlets);
        out.put("all", toJson(e.all()));
        e.byLanguage().forEach((lang, f) -> out.put(lang, toJson(f)));
        Map<String, Double> families = new LinkedHashMap<>();
        e.recallByFamily().forEach((family, r) -> families.put(family, round(r)));
        out.put("recall_by_family", families);
        return out;
    }

    private static Map<String, Double> toJson(Figures f) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("precision", round(f.precision()));
        out.put("recall", round(f.recall()));
        out.put("f1", round(f.f1()));
        return out;
    }

    private static Model fit(List<Example> examples, double cost) {
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = BIAS_COLUMN;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = nodes(examples.get(i).features());
            problem.y[i] = examples.get(i).denial() ? 1 : 0;
        }
        Linear.resetRandom();
        return Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, EPSILON));
    }

    /**
     * Feature i is column i + 1 (LIBLINEAR counts from 1), in ascending order as LIBLINEAR needs;
     * the last column is the bias, which the caller supplies, in training as in prediction.
     */
    private static Feature[] nodes(Set<DenialFeature> features) {
        Feature[] out = new Feature[features.size() + 1];
        int k = 0;
        for (DenialFeature f : features.stream().sorted().toList()) {
            out[k++] = new FeatureNode(f.ordinal() + 1, 1.0);
        }
        out[k] = new FeatureNode(BIAS_COLUMN, 1.0);
        return out;
    }

    private static DetectorModel toDetectorModel(Model m, double threshold, Map<String, Object> provenance) {
        double[] w = m.getFeatureWeights();
        double sign = m.getLabels()[0] == 1 ? 1 : -1;
        Map<DenialFeature, Double> weights = new EnumMap<>(DenialFeature.class);
        for (DenialFeature f : DenialFeature.values()) {
            weights.put(f, sign * w[f.ordinal()]);
        }
        double bias = sign * w[BIAS_COLUMN - 1];
        return new DetectorModel(bias, weights, threshold, provenance);
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
