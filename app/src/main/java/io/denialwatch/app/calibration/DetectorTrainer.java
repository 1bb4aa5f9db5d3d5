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

/**
 * Learns the denial detector's weights from labelled feature sets: L2-regularised logistic
 * regression (LIBLINEAR), its cost chosen and its threshold set on out-of-fold scores, so neither
 * is fitted to the very items it is judged on. Deterministic: folds come from the item order and
 * LIBLINEAR's random generator is reset before every fit.
 */
public final class DetectorTrainer {

    /** One labelled example. */
    public record Example(Set<DenialFeature> features, boolean denial) {}

    /** The model, and the out-of-fold figures that chose its cost and threshold. */
    public record Result(
            DetectorModel model, double cost, double outOfFoldF1, double outOfFoldRecall, double outOfFoldPrecision) {}

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
        double bestCost = COSTS[0];
        Fit best = null;
        for (double c : COSTS) {
            Fit fit = bestThreshold(outOfFold(examples, c), examples);
            if (best == null || fit.f1() > best.f1() + 1e-9) {
                best = fit;
                bestCost = c;
            }
        }
        Model model = fit(examples, bestCost);
        Map<String, Object> made = new LinkedHashMap<>(provenance);
        made.put("cost", bestCost);
        made.put("out_of_fold_f1", round(best.f1()));
        made.put("out_of_fold_recall", round(best.recall()));
        made.put("out_of_fold_precision", round(best.precision()));
        return new Result(
                toDetectorModel(model, best.threshold(), made), bestCost, best.f1(), best.recall(), best.precision());
    }

    private record Fit(double threshold, double f1, double recall, double precision) {}

    /** The denial probability of every example, each from a model fitted without its fold. */
    private static double[] outOfFold(List<Example> examples, double cost) {
        double[] p = new double[examples.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % FOLDS != fold) {
                    train.add(examples.get(i));
                }
            }
            Model m = fit(train, cost);
            double[] probabilities = new double[2];
            int denialSlot = m.getLabels()[0] == 1 ? 0 : 1;
            for (int i = fold; i < examples.size(); i += FOLDS) {
                Linear.predictProbability(m, nodes(examples.get(i).features()), probabilities);
                p[i] = probabilities[denialSlot];
            }
        }
        return p;
    }

    /** The threshold with the best F1; on a tie the lower one, since a missed denial costs a desk more. */
    private static Fit bestThreshold(double[] p, List<Example> examples) {
        Fit best = new Fit(0.5, -1, 0, 0);
        for (int t = 5; t <= 95; t++) {
            double threshold = t / 100.0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < p.length; i++) {
                boolean said = p[i] >= threshold;
                boolean is = examples.get(i).denial();
                tp += said && is ? 1 : 0;
                fp += said && !is ? 1 : 0;
                fn += !said && is ? 1 : 0;
            }
            double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (f1 > best.f1() + 1e-9) {
                best = new Fit(threshold, f1, recall, precision);
            }
        }
        return best;
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
