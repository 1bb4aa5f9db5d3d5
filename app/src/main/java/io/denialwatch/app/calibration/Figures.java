package io.denialwatch.app.calibration;

import io.denialwatch.stream.analysis.eval.EvalReport;
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
        int tn = 0;
        for (int i = 0; i < p.length; i++) {
            DetectorTrainer.Example e = examples.get(i);
            if (!among.test(e)) {
                continue;
            }
            boolean said = p[i] >= threshold;
            tp += said && e.denial() ? 1 : 0;
            fp += said && !e.denial() ? 1 : 0;
            fn += !said && e.denial() ? 1 : 0;
            tn += !said && !e.denial() ? 1 : 0;
        }
        // the same arithmetic eval reports with, so train's figures and eval's agree to the digit
        EvalReport.Scores s = new EvalReport.Scores(tp, fp, fn, tn);
        return new Figures(s.precision(), s.recall(), s.f1());
    }
}
