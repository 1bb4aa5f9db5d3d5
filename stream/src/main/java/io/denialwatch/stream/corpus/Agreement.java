package io.denialwatch.stream.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far a second, independent labelling agrees with the first: Cohen's kappa on
 * {@code is_denial} (agreement beyond what chance gives with the same label rates) and the share
 * of items whose persons both labellers listed alike.
 */
public record Agreement(int items, double kappa, double observed, double personsAlike) {

    public static Agreement of(Map<String, CorpusItem> first, List<SecondLabel> second) {
        int n = 0;
        int agree = 0;
        int firstYes = 0;
        int secondYes = 0;
        int personsSame = 0;
        for (SecondLabel s : second) {
            CorpusItem f = first.get(s.id());
            if (f == null || s.isDenial() == null) {
                continue;
            }
            n++;
            boolean a = f.isDenial();
            boolean b = s.isDenial();
            agree += a == b ? 1 : 0;
            firstYes += a ? 1 : 0;
            secondYes += b ? 1 : 0;
            Set<String> fp = new HashSet<>();
            f.persons().forEach(p -> fp.add(p.id()));
            personsSame += fp.equals(new HashSet<>(s.persons())) ? 1 : 0;
        }
        if (n == 0) {
            return new Agreement(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double po = (double) agree / n;
        double p1 = (double) firstYes / n;
        double p2 = (double) secondYes / n;
        double pe = p1 * p2 + (1 - p1) * (1 - p2);
        double kappa = pe == 1 ? 1 : (po - pe) / (1 - pe);
        return new Agreement(n, kappa, po, (double) personsSame / n);
    }
}
