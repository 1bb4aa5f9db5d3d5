package io.denialwatch.app.calibration;

import java.util.List;
import java.util.function.Predicate;

/**
 * Precision, recall and F1 of the decisions "denial when the out-of-fold probability reaches the
 * threshold", over the examples {@code among} keeps.
 */
public record Figures(double precision, double recall, double f1) {

    static Figures of(
            double[] p,
            double threshold,
            List<DetectorTrainer.Example> examples,
            Predicate<DetectorTrainer.Example> among) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < p.length; i++) {
            DetectorTrainer.Example e = examples.get(i);
            if (!among.test(e)) {
                continue;
            }
            boolean said = p[i] >= threshold;
            tp += said && e.denial() ? 1 : 0;
            fp += said && !e.denial() ? 1 : 0;
            fn += !said && e.denial() ? 1 : 0;
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Figures(precision, recall, f1);
    }
}
