package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.Holder;
import io.denialwatch.common.gazetteer.Link;
import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.gazetteer.RoleEntry;
import io.denialwatch.stream.analysis.names.AmbiguousName;
import io.denialwatch.stream.analysis.names.AuthorMatch;
import io.denialwatch.stream.analysis.names.PersonMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Decides which of the watched persons sharing a name a surname alone names ("Messi" with Lionel
 * and Jorge Messi watched), from the rest of the post, in this order: a fuller mention of one of
 * them elsewhere in it; an office it names that one of them held that day; an organisation it
 * names that one of them is linked to (speaks for it, it speaks for them, or they held an office
 * of it that day); the account that posted it (theirs, or an organisation's that speaks for them).
 * The first kind of evidence that points to exactly one candidate decides; one that points to some
 * of them leaves those to the next; and last, the post's web address, where a news page's headline
 * often names in full whom its body calls by surname alone. Read-only after construction.
 */
final class AmbiguityEvidence {

    /** What decided, or the candidates left when nothing did. */
    record Decision(PersonMatch person, List<PersonEntry> candidates) {}

    /** One kind of evidence: its name in {@code how}, and whether it points to a candidate. */
    private record Kind(String why, Predicate<PersonEntry> pointsTo) {}

    /** Per person, the offices they held at some time. */
    private final Map<String, List<RoleEntry>> officesHeld = new HashMap<>();

    AmbiguityEvidence(Gazetteer gazetteer) {
        for (RoleEntry r : gazetteer.roles()) {
            for (Holder h : r.holders()) {
                List<RoleEntry> held = officesHeld.computeIfAbsent(h.person(), k -> new ArrayList<>(1));
                if (!held.contains(r)) {
                    held.add(r);
                }
            }
        }
    }

    /**
     * Who {@code name} names in a post that names {@code inText} (persons and office holders),
     * the entities {@code named} on {@code day}, posted by {@code author} at web address {@code url}.
     */
    Decision decide(
            AmbiguousName name,
            List<PersonMatch> inText,
            EntityResolver.Found named,
            LocalDate day,
            AuthorMatch author,
            String url) {
        AddressWords address = AddressWords.of(url);
        List<Kind> kinds = List.of(
                new Kind(
                        "named in full in the post",
                        p -> inText.stream().anyMatch(m -> m.person().id().equals(p.id()))),
                new Kind("holds an office the post names", p -> holdsNamedOffice(p, named, day)),
                new Kind(
                        "linked to an organisation the post names",
                        p -> named.organizations().stream().anyMatch(o -> linked(p, o.organization(), day))),
                new Kind(
                        "the post's account",
                        p -> author.person() != null
                                ? author.person().id().equals(p.id())
                                : author.organization() != null && speaksFor(author.organization(), p.id(), day)),
                new Kind("named in full in the post's address", address::namesInFull));
        List<PersonEntry> left = name.candidates();
        for (Kind kind : kinds) {
            List<PersonEntry> pointed = left.stream().filter(kind.pointsTo()).toList();
            if (pointed.size() == 1) {
                return new Decision(
                        new PersonMatch(pointed.get(0), name.from(), name.to(), "surname, " + kind.why()), List.of());
            }
            if (!pointed.isEmpty()) {
                left = pointed;
            }
        }
        return new Decision(null, left);
    }

    private boolean holdsNamedOffice(PersonEntry p, EntityResolver.Found named, LocalDate day) {
        if (day == null || named.officeIds().isEmpty() && named.titles().isEmpty()) {
            return false;
        }
        for (RoleEntry r : officesHeld.getOrDefault(p.id(), List.of())) {
            if (p.id().equals(r.holderOn(day)) && named.names(r)) {
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
