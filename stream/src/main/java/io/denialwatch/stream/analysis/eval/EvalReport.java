package io.denialwatch.stream.analysis.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures of one evaluation run.
 *
 * @param perLanguage     denial scores per gold language, and "all"
 * @param personsFound    labelled (post, person) pairs the analysis found
 * @param personsLabelled labelled (post, person) pairs
 * @param personsNamed    (post, person) pairs the analysis named
 * @param personsRight    of those, the ones the labels list
 * @param decisions       what was decided for each post, in input order
 * @param errors          ids of the posts whose denial decision was wrong, with what was expected
 */
public record EvalReport(
        Map<String, Scores> perLanguage,
        int personsFound,
        int personsLabelled,
        int personsNamed,
        int personsRight,
        List<Decision> decisions,
        List<String> errors) {

    /**
     * The analysis's verdict on one labelled post.
     *
     * @param persons the ids of the watched persons it attributed the post to (undecided guesses left out)
     */
    public record Decision(String postId, boolean isDenial, double score, Set<String> persons) {}

    /** Counts and the figures derived from them for the {@code is_denial} label. */
    public record Scores(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int total() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }
    }

    /** Organisation attribution over (post, organisation) pairs, as for persons. */
    public record Organisations(int found, int labelled, int named, int right) {
        public double recall() {
            return ratio(found, labelled);
        }

        public double precision() {
            return ratio(right, named);
        }
    }

    public double personRecall() {
        return ratio(personsFound, personsLabelled);
    }

    /** Of the persons the analysis named, the share the labels list. */
    public double personPrecision() {
        return ratio(personsRight, personsNamed);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
