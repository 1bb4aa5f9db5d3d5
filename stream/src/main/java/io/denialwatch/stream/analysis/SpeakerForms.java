package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.EntityResolver.OrganizationMatch;
import io.denialwatch.stream.analysis.text.PhraseIndex;
import io.denialwatch.stream.analysis.text.PhraseIndex.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names of organisations that name them only where they make a statement or a denial
 * ({@link OrganizationForms#asSubject}, {@link StatementSubject}): "India on Tuesday firmly
 * rejected a Canadian allegation" and "Rabat a démenti" are the watched Governments of India and
 * Morocco, "Apple (AAPL) on Thursday denied reports" the watched Apple Inc.; "talks with India",
 * "in Rabat, the minister said" and "an apple" are none.
 */
final class SpeakerForms {

    /**
     * {@code city}: the form is a capital's name, which a capitalised word before makes part of
     * another name; {@code place}: a country's or a capital's name, whose "president" or "coach" is
     * an office or a national team's, not the government's staff.
     */
    private record Form(OrganizationEntry organization, NameCapitals capitals, boolean city, boolean place) {}

    private final PhraseIndex<Form> index = new PhraseIndex<>(ArabicWord.NAME_PREFIXES);
    private final StatementSubject subject;
    private final boolean empty;

    /** {@code forms}: each form by the one organisation it names. */
    SpeakerForms(Map<String, OrganizationEntry> forms) {
        forms.forEach((form, o) -> index.add(
                form,
                new Form(
                        o,
                        NameCapitals.of(form),
                        Countries.BUNDLED.isCapital(form),
                        Countries.BUNDLED.isCountryWord(form) || OrganizationForms.isCountryName(form))));
        empty = forms.isEmpty();
        subject = empty ? null : new StatementSubject();
    }

    /**
     * The organisations {@code tokens} names as the one speaking or denying, or as the one whose
     * spokesperson or chief speaks ({@link StaffTitle}), in text order.
     */
    List<OrganizationMatch> find(Tokens tokens) {
        if (empty) {
            return List.of();
        }
        List<Match<Form>> named = index.find(tokens);
        if (named.isEmpty()) {
            return List.of(); // most posts: no statement words looked for
        }
        List<Match<Boolean>> statements = subject.statements(tokens);
        List<OrganizationMatch> out = new ArrayList<>(1);
        for (Match<Form> m : named) {
            if (m.value().capitals().keptBy(tokens, m.from(), m.to())
                    && !(m.value().city() && afterCapitalisedWord(tokens, m.from()))
                    && (StatementSubject.speaks(tokens, m.from(), m.to(), statements)
                            || !m.value().place() && StaffTitle.names(tokens, m.from(), m.to()))) {
                out.add(new OrganizationMatch(m.value().organization(), m.from(), m.to()));
            }
        }
        return out;
    }

    /**
     * Whether the word before token {@code i} is a capitalised Latin word, even the first of its
     * sentence: a city after one is part of a person's or a club's name ("George Washington said",
     * "Real Madrid have denied") far more often than a speaker after "But".
     */
    private static boolean afterCapitalisedWord(Tokens tokens, int i) {
        if (i == 0 || tokens.sentence(i - 1) != tokens.sentence(i) || tokens.isArabic(i - 1)) {
            return false;
        }
        String before = tokens.text().originalSlice(tokens.start(i - 1), tokens.end(i - 1));
        return !before.isEmpty() && Character.isUpperCase(before.charAt(0));
    }
}
