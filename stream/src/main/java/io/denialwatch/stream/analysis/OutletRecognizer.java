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
 *
 * <p>A wire's dateline credit ("LONDON (Reuters) -", "PARIS, 5 mai (AFP) —", "(رويترز) –") names
 * the outlet that wrote the text, not a report the text answers: it is not a mention. Counted as
 * one, every story of that wire would look like the report a denial it carried names.
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
            if (m.value().capitals().keptBy(tokens, m.from(), m.to()) && !isDatelineCredit(tokens, m.from(), m.to())) {
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

    /** How far into a text a dateline's credit may open: a city, a country and a date fit in it. */
    static final int DATELINE_REACH = 80;

    /**
     * Whether tokens {@code [from, to)} are a wire's credit: alone in brackets near the start of
     * the text, the brackets followed by a dash or a colon that opens the story.
     */
    static boolean isDatelineCredit(Tokens tokens, int from, int to) {
        String f = tokens.text().folded();
        int open = skipSpaces(f, tokens.start(from) - 1, -1);
        if (open < 0 || open > DATELINE_REACH || (f.charAt(open) != '(' && f.charAt(open) != '[')) {
            return false;
        }
        int close = skipSpaces(f, tokens.end(to - 1), 1);
        if (close >= f.length() || f.charAt(close) != (f.charAt(open) == '(' ? ')' : ']')) {
            return false;
        }
        int next = skipSpaces(f, close + 1, 1);
        return next < f.length() && "-–—:".indexOf(f.charAt(next)) >= 0;
    }

    private static int skipSpaces(String s, int i, int step) {
        while (i >= 0 && i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i += step;
        }
        return i;
    }
}
