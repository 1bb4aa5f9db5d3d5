package io.denialwatch.app.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Which fold of a cross-validation holds each example out; both ways are deterministic. */
final class Folds {

    private Folds() {}

    /** Example i in fold i mod k: neighbours, often from the same outlet, land in different folds. */
    static int[] byOrder(int n, int k) {
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[i] = i % k;
        }
        return fold;
    }

    /**
     * Every example of a group in the same fold, so no group is both learnt from and judged on:
     * the largest groups first (ties by name), each into the fold holding fewest examples so far
     * (ties: the lowest), which keeps the folds about the same size.
     */
    static int[] byGroup(List<String> groups, int k) {
        Map<String, Integer> size = new TreeMap<>();
        groups.forEach(g -> size.merge(g, 1, Integer::sum));
        List<String> order = new ArrayList<>(size.keySet());
        order.sort(Comparator.comparing((String g) -> -size.get(g)).thenComparing(g -> g));
        int[] load = new int[k];
        Map<String, Integer> foldOf = new TreeMap<>();
        for (String g : order) {
            int lightest = 0;
            for (int f = 1; f < k; f++) {
                if (load[f] < load[lightest]) {
                    lightest = f;
                }
            }
            foldOf.put(g, lightest);
            load[lightest] += size.get(g);
        }
        int[] fold = new int[groups.size()];
        for (int i = 0; i < fold.length; i++) {
            fold[i] = foldOf.get(groups.get(i));
        }
        return fold;
    }

    /**
     * The DESIGN half of the groups (true) and the CHECK half (false): {@link #byGroup} into two
     * folds, so the halves are of about the same size, whole outlets each, the same every run.
     */
    static boolean[] designHalf(List<String> groups) {
        int[] fold = byGroup(groups, 2);
        boolean[] design = new boolean[fold.length];
        for (int i = 0; i < fold.length; i++) {
            design[i] = fold[i] == 0;
        }
        return design;
    }
}
