package io.denialwatch.stream.analysis.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The person matches of one text, where overlapping matches of different persons leave only the
 * longest: "Nabil Karim Azzam" names Nabil Karim Azzam, not also a Sami Karim Azzam ("Karim
 * Azzam") or a Nabil Karam ("Nabil Karim").
 *
 * <p>A given name and surname shared by many watched persons ("Karim Azzam") yields one match
 * per person, nearly all of them under a longer one. Comparing every match with every other
 * would cost the square of how many persons share the name, so the matches that end at one
 * surname are thinned first (see {@link #addEndingTogether}), and the rest are compared with the
 * longest first, where a shorter match finds the one that outspans it at once.
 */
final class LongestMatches {

    private static final Comparator<PersonMatch> LONGEST_FIRST = Comparator.comparingInt(m -> -span(m));

    private final List<PersonMatch> all = new ArrayList<>();

    private static int span(PersonMatch m) {
        return m.to() - m.from();
    }

    void add(PersonMatch m) {
        all.add(m);
    }

    /**
     * Adds matches that all end at the same word, so that each contains every shorter one. A
     * shorter match of a person other than the longest one's is outspanned whatever else the
     * text holds, and it can outspan nothing that the longest match and the longest match of
     * another person do not already outspan; so only the longest matches, the other matches of
     * their person (when one person has them) and that runner-up are kept. The result of
     * {@link #winners()} is the same as with every match added.
     */
    void addEndingTogether(List<PersonMatch> group) {
        Longest top = Longest.of(group);
        int longest = top.span();
        String longestPerson = top.personId();
        boolean severalLongest = top.several();
        PersonMatch runnerUp = null;
        for (PersonMatch m : group) {
            if (!severalLongest
                    && span(m) < longest
                    && !m.person().id().equals(longestPerson)
                    && (runnerUp == null || span(m) > span(runnerUp))) {
                runnerUp = m;
            }
        }
        for (PersonMatch m : group) {
            if (span(m) == longest
                    || !severalLongest && (m == runnerUp || m.person().id().equals(longestPerson))) {
                all.add(m);
            }
        }
    }

    /**
     * The longest span among some matches, whose person has the first match of that span, and
     * whether another person has a match as long.
     */
    record Longest(int span, String personId, boolean several) {
        static Longest of(Iterable<PersonMatch> matches) {
            int longest = 0;
            String person = null;
            boolean several = false;
            for (PersonMatch m : matches) {
                if (LongestMatches.span(m) > longest) {
                    longest = LongestMatches.span(m);
                    person = m.person().id();
                    several = false;
                } else if (LongestMatches.span(m) == longest && !m.person().id().equals(person)) {
                    several = true;
                }
            }
            return new Longest(longest, person, several);
        }
    }

    /** The matches no longer match of another person overlaps, in the order they were added. */
    List<PersonMatch> winners() {
        if (all.size() < 2) {
            return all;
        }
        List<PersonMatch> longestFirst = new ArrayList<>(all);
        longestFirst.sort(LONGEST_FIRST);
        List<PersonMatch> out = new ArrayList<>(all.size());
        for (PersonMatch m : all) {
            if (!outspanned(m, longestFirst)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean outspanned(PersonMatch m, List<PersonMatch> longestFirst) {
        for (PersonMatch o : longestFirst) {
            if (span(o) <= span(m)) {
                return false;
            }
            if (o.from() < m.to()
                    && m.from() < o.to()
                    && !o.person().id().equals(m.person().id())) {
                return true;
            }
        }
        return false;
    }
}
