package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.Holder;
import io.denialwatch.common.gazetteer.Link;
import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.gazetteer.RoleEntry;
import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.names.AmbiguousName;
import io.denialwatch.stream.analysis.names.AuthorMatch;
import io.denialwatch.stream.analysis.names.PersonMatch;
import io.denialwatch.stream.analysis.text.PhraseIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides which of the watched persons sharing a name a surname alone names ("Messi" with Lionel
 * and Jorge Messi watched), from the rest of the post, in this order: a fuller mention of one of
 * them elsewhere in it; an office it names that one of them held that day (by its name, a title
 * of it or its seat, whatever the place); a title of an office written right before the name
 * that one of them held at any time ("President Obama" after the term); an organisation it
 * names that one of them is linked to (speaks for it, it speaks for them, or they held an office
 * of it that day); the account that posted it (theirs, or an organisation's that speaks for them).
 * The first kind of evidence that points to exactly one candidate decides; one that points to some
 * of them leaves those to the next; and last, the post's web address, where a news page's headline
 * often names in full whom its body calls by surname alone; and when still undecided, the one
 * candidate who held any watched office that day. Read-only after construction.
 */
final class AmbiguityEvidence {

    /** What decided, or the candidates left when nothing did. */
    record Decision(PersonMatch person, List<PersonEntry> candidates) {}

    /** One kind of evidence: its name in {@code how}, and whether it points to a candidate. */
    private record Kind(String why, Predicate<PersonEntry> pointsTo) {}

    /** Per person, the offices they held at some time. */
    private final Map<String, List<RoleEntry>> officesHeld = new HashMap<>();

    /** The offices a form names, and whether it is a bare title ("the president", "le Président"). */
    private record Written(List<RoleEntry> offices, boolean title, NameCapitals capitals) {}

    /**
     * The forms derived from each held office's name ({@link OfficeForms}: its own forms, forms of
     * address, seats and bare titles), whatever place they are of: among persons of one name,
     * the one who held a presidency that day is the one "the president" or "the White House"
     * points to, wherever the post is from.
     */
    private final PhraseIndex<Written> officeForms = new PhraseIndex<>(ArabicWord.NAME_PREFIXES);

    AmbiguityEvidence(Gazetteer gazetteer) {
        Map<String, List<RoleEntry>> byForm = new HashMap<>();
        Map<String, Boolean> titleForm = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (RoleEntry r : gazetteer.roles()) {
            for (Holder h : r.holders()) {
                List<RoleEntry> held = officesHeld.computeIfAbsent(h.person(), k -> new ArrayList<>(1));
                if (!held.contains(r)) {
                    held.add(r);
                }
            }
            if (r.holders().isEmpty()) {
                continue;
            }
            OfficeForms forms = OfficeForms.of(r.name());
            for (Set<String> kind : List.of(forms.own(), forms.address(), forms.seats(), forms.titles())) {
                boolean title = kind == forms.titles();
                for (String form : kind) {
                    String key = OfficeWords.key(form);
                    List<RoleEntry> offices = byForm.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (!offices.contains(r)) {
                        offices.add(r);
                    }
                    titleForm.merge(key, title, Boolean::logicalOr);
                    written.putIfAbsent(key, title ? key : form); // a title is a common noun: any capitals
                }
            }
        }
        byForm.forEach((key, offices) -> officeForms.add(
                key, new Written(List.copyOf(offices), titleForm.get(key), NameCapitals.of(written.get(key)))));
    }

    /**
     * The offices {@code tokens} names by a form derived from their names, wherever their place,
     * unless the words around it make it someone else's ("the former president"). A title right
     * before a name ("President Trump") counts: it says who that name is.
     */
    private Set<RoleEntry> officesWritten(Tokens tokens) {
        Set<RoleEntry> out = new HashSet<>();
        for (PhraseIndex.Match<Written> m : officeForms.find(tokens)) {
            if (m.value().capitals().keptBy(tokens, m.from(), m.to())
                    && !OfficeWords.BUNDLED.someoneElse(
                            tokens, m.from(), m.to(), m.value().title())) {
                out.addAll(m.value().offices());
            }
        }
        return out;
    }

    /**
     * The evidence of one post, on {@code day}, posted by {@code author} at web address {@code url}
     * and naming the entities {@code named}: read once for all the shared names it holds, the
     * address and the offices it writes only when a name gets that far.
     */
    InPost in(EntityResolver.Found named, LocalDate day, AuthorMatch author, String url, Tokens tokens) {
        return new InPost(named, day, author, url, tokens);
    }

    /** What one post says about whom its shared names name. */
    final class InPost {
        private final EntityResolver.Found named;
        private final LocalDate day;
        private final AuthorMatch author;
        private final String url;
        private final Tokens tokens;
        private AddressWords address;
        private Set<RoleEntry> written;
        /** The office forms the post writes, found when a name first asks for its title. */
        private List<PhraseIndex.Match<Written>> forms;

        private InPost(EntityResolver.Found named, LocalDate day, AuthorMatch author, String url, Tokens tokens) {
            this.named = named;
            this.day = day;
            this.author = author;
            this.url = url;
            this.tokens = tokens;
        }

        /** Who {@code name} names in this post, which names {@code inText} (persons and office holders). */
        Decision decide(AmbiguousName name, List<PersonMatch> inText) {
            List<Kind> kinds = List.of(
                    new Kind(
                            "named in full in the post",
                            p -> inText.stream().anyMatch(m -> m.person().id().equals(p.id()))),
                    new Kind("holds an office the post names", p -> holdsNamedOffice(p, named, written(), day)),
                    new Kind("held the office its title names", p -> heldTitledOffice(p, titleOf(name))),
                    new Kind(
                            "linked to an organisation the post names",
                            p -> named.organizations().stream().anyMatch(o -> linked(p, o.organization(), day))),
                    new Kind(
                            "the post's account",
                            p -> author.person() != null
                                    ? author.person().id().equals(p.id())
                                    : author.organization() != null && speaksFor(author.organization(), p.id(), day)),
                    new Kind(
                            "named in full in the post's address",
                            p -> address().namesInFull(p)),
                    new Kind(
                            "the one holding an office that day",
                            p -> !afterDefiniteArticle(name) && holdsAnOffice(p, day)));
            List<PersonEntry> left = name.candidates();
            for (Kind kind : kinds) {
                List<PersonEntry> pointed =
                        left.stream().filter(kind.pointsTo()).toList();
                if (pointed.size() == 1) {
                    return new Decision(
                            new PersonMatch(pointed.get(0), name.from(), name.to(), "surname, " + kind.why()),
                            List.of());
                }
                if (!pointed.isEmpty()) {
                    left = pointed;
                }
            }
            return new Decision(null, left);
        }

        /**
         * The offices a form written right before the name names ("President Obama", "ministre
         * Henry", "Prince Albert"), capitals kept as the office writes them; none when only a
         * comma or other words join them.
         */
        private Set<RoleEntry> titleOf(AmbiguousName name) {
            if (forms == null) {
                forms = officeForms.find(tokens);
            }
            int from = name.from();
            Set<RoleEntry> out = new HashSet<>();
            for (PhraseIndex.Match<Written> m : forms) {
                if (m.to() == from
                        && tokens.sentence(m.from()) == tokens.sentence(from)
                        && tokens.start(from) - tokens.end(m.to() - 1) <= 1
                        && m.value().capitals().keptBy(tokens, m.from(), m.to())) {
                    out.addAll(m.value().offices());
                }
            }
            return out;
        }

        /**
         * A surname right after "the" modifies the noun after it ("the Trump administration", "the
         * Obama years"): a body or an era, which says nothing of which bearer the post concerns.
         */
        private boolean afterDefiniteArticle(AmbiguousName name) {
            return name.from() > 0 && "the".equals(tokens.word(name.from() - 1));
        }

        private Set<RoleEntry> written() {
            if (written == null) {
                written = day == null ? Set.of() : officesWritten(tokens);
            }
            return written;
        }

        private AddressWords address() {
            if (address == null) {
                address = AddressWords.of(url);
            }
            return address;
        }
    }

    private boolean holdsNamedOffice(PersonEntry p, EntityResolver.Found named, Set<RoleEntry> written, LocalDate day) {
        if (day == null || named.officeIds().isEmpty() && named.titles().isEmpty() && written.isEmpty()) {
            return false;
        }
        for (RoleEntry r : officesHeld.getOrDefault(p.id(), List.of())) {
            if (p.id().equals(r.holderOn(day)) && (named.names(r) || written.contains(r))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code p} held one of {@code offices} at some time: a title is kept after the term ("President
     * Obama" years later), so among namesakes the one who ever held the office it names is meant,
     * whatever the day.
     */
    private boolean heldTitledOffice(PersonEntry p, Set<RoleEntry> offices) {
        if (offices.isEmpty()) {
            return false;
        }
        for (RoleEntry r : officesHeld.getOrDefault(p.id(), List.of())) {
            if (offices.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code p} held some watched office on {@code day}: a news text calls a sitting president,
     * minister or coach by surname alone, and a relative who shares it ("Trump" with Ivanka and
     * Melania Trump watched) by a given name or in full.
     */
    private boolean holdsAnOffice(PersonEntry p, LocalDate day) {
        if (day == null) {
            return false;
        }
        for (RoleEntry r : officesHeld.getOrDefault(p.id(), List.of())) {
            if (p.id().equals(r.holderOn(day))) {
                return true;
            }
        }
        return false;
    }

    /** {@code p} speaks for {@code o}, {@code o} speaks for {@code p}, or {@code p} held an office of {@code o} on {@code day}. */
    private boolean linked(PersonEntry p, OrganizationEntry o, LocalDate day) {
        if (speaksFor(o, p.id(), day)
                || p.speaksFor().stream().anyMatch(l -> l.id().equals(o.id()) && l.holdsOn(day))) {
            return true;
        }
        if (day == null) {
            return false;
        }
        for (RoleEntry r : officesHeld.getOrDefault(p.id(), List.of())) {
            if (o.id().equals(r.of()) && p.id().equals(r.holderOn(day))) {
                return true;
            }
        }
        return false;
    }

    private static boolean speaksFor(OrganizationEntry o, String personId, LocalDate day) {
        for (Link l : o.speaksFor()) {
            if (l.id().equals(personId) && l.holdsOn(day)) {
                return true;
            }
        }
        return false;
    }
}
