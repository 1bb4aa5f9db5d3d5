package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.OutletEntry;
import io.denialwatch.common.model.OutletMention;
import io.denialwatch.common.text.ArabicWord;
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

    /** One name of an outlet with the capitals each of its words must keep. */
    private record OutletName(OutletEntry outlet, NameCapitals capitals) {}

    private final PhraseIndex<OutletName> index = new PhraseIndex<>(ArabicWord.NAME_PREFIXES);

    public OutletRecognizer(List<OutletEntry> outlets) {
        for (OutletEntry o : outlets) {
            List<String> names = new ArrayList<>();
            names.add(o.name());
            names.addAll(o.aliases());
            for (String name : names) {
                if (name != null && !name.isBlank()) {
                    index.add(name, new OutletName(o, NameCapitals.of(name)));
                }
            }
        }
    }

    public List<OutletMention> find(Tokens tokens) {
        Map<String, OutletMention> found = new LinkedHashMap<>();
        for (Match<OutletName> m : index.find(tokens)) {
            if (m.value().capitals().keptBy(tokens, m.from(), m.to())) {
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
}
