package io.denialwatch.app.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldsTest {

    /** Outlets of uneven size, interleaved as corpus files interleave them. */
    private static List<String> hosts() {
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            hosts.add("outlet" + (i % 37) + (i % 5 == 0 ? ".big" : "") + ".example");
        }
        return hosts;
    }

    @Test
    void noOutletIsBothLearntFromAndHeldOut() {
        List<String> hosts = hosts();

        int[] fold = Folds.byGroup(hosts, 5);

        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < hosts.size(); i++) {
            Integer before = foldOf.putIfAbsent(hosts.get(i), fold[i]);
            assertThat(before).as(hosts.get(i)).isIn(null, fold[i]);
        }
    }

    @Test
    void theFoldsAreOfAboutTheSameSizeAndTheSameEveryRun() {
        int[] fold = Folds.byGroup(hosts(), 5);

        int[] size = new int[5];
        for (int f : fold) {
            size[f]++;
        }
        // no outlet here holds more than 5 items, and filling the lightest fold first keeps the folds within that
        assertThat(Arrays.stream(size).min().orElseThrow()).isGreaterThanOrEqualTo(40 - 5);
        assertThat(Arrays.stream(size).max().orElseThrow()).isLessThanOrEqualTo(40 + 5);
        assertThat(Folds.byGroup(hosts(), 5)).isEqualTo(fold);
    }

    @Test
    void theFoldsByOrderDealExamplesRoundRobin() {
        assertThat(Folds.byOrder(7, 5)).containsExactly(0, 1, 2, 3, 4, 0, 1);
    }

    @Test
    void theDesignAndCheckHalvesShareNoOutletAndHoldAboutHalfEach() {
        List<String> hosts = hosts();

        boolean[] design = Folds.designHalf(hosts);

        Map<String, Boolean> halfOf = new HashMap<>();
        int inDesign = 0;
        for (int i = 0; i < hosts.size(); i++) {
            Boolean before = halfOf.putIfAbsent(hosts.get(i), design[i]);
            assertThat(before).as(hosts.get(i)).isIn(null, design[i]);
            inDesign += design[i] ? 1 : 0;
        }
        assertThat(inDesign).isBetween(100 - 5, 100 + 5);
        assertThat(Folds.designHalf(hosts)).isEqualTo(design);
    }
}
