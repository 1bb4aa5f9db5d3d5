package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.OutletEntry;
import io.denialwatch.common.model.OutletMention;
import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.FoldedText;
import io.denialwatch.common.text.Scripts;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.text.PhraseIndex;
import io.denialwatch.stream.analysis.text.PhraseIndex.Match;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the gazetteer's outlets named in a text, by any of their names (The New York Times,
 * NYT, نيويورك تايمز). Latin names keep their capitals when matching, so "AP" is not "ap" and
 * "Le Monde" is not "le monde entier"; Arabic names may carry proclitics (لنيويورك تايمز).
 */
public final class OutletRecognizer {

    private static final int ACRONYM_MAX = 5;

    /** One name of an outlet with the capitals each of its words must keep. */
    private record OutletName(OutletEntry outlet, boolean[] capital, boolean[] allCaps) {}

    private final PhraseIndex<OutletName> index = new PhraseIndex<>(ArabicWord.NAME_PREFIXES);

    public OutletRecognizer(List<OutletEntry> outlets) {
        for (OutletEntry o : outlets) {
            List<String> names = new ArrayList<>();
            names.add(o.name());
            names.addAll(o.aliases());
            for (String name : names) {
                if (name != null && !name.isBlank()) {
                    index.add(name, new OutletName(o, capitals(name, false), capitals(name, true)));
                }
            }
        }
    }

    /** Per word of {@code name}: starts with a capital, or (all) is an all-capital acronym. */
    private static boolean[] capitals(String name, boolean all) {
        Tokens t = Tokens.of(new FoldedText(name, name, new int[0], new int[0]));
        boolean[] out = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            String w = t.word(i);
            boolean acronym = w.length() <= ACRONYM_MAX && w.chars().allMatch(Character::isUpperCase);
            out[i] = all ? acronym : Character.isUpperCase(w.charAt(0));
        }
        return out;
    }

    public List<OutletMention> find(Tokens tokens) {
        Map<String, OutletMention> found = new LinkedHashMap<>();
        for (Match<OutletName> m : index.find(tokens)) {
            if (keepsCapitals(m, tokens)) {
                OutletEntry o = m.value().outlet();
                found.putIfAbsent(
                        o.id(),
                        new OutletMention(
                                o.id(),
                                o.name(),
                                tokens.text().originalSlice(tokens.start(m.from()), tokens.end(m.to() - 1))));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static boolean keepsCapitals(Match<OutletName> m, Tokens tokens) {
        FoldedText text = tokens.text();
        boolean[] capital = m.value().capital();
        boolean[] allCaps = m.value().allCaps();
        for (int k = 0; k < capital.length && m.from() + k < m.to(); k++) {
            int i = m.from() + k;
            if (Scripts.isArabic(tokens.word(i).charAt(0))) {
                continue;
            }
            String original = text.originalSlice(tokens.start(i), tokens.end(i));
            if (allCaps[k] && !original.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
                return false;
            }
            if (capital[k] && !original.isEmpty() && !Character.isUpperCase(original.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
