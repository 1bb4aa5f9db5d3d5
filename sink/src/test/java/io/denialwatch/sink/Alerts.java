package io.denialwatch.sink;

import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Denial;
import io.denialwatch.common.model.Denier;
import io.denialwatch.common.model.Held;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.model.RankedStory;
import java.time.Instant;
import java.util.List;

/** Alerts for tests, built the way the stream builds them. */
public final class Alerts {
    private Alerts() {}

    public static Alert alert(
            String id,
            int revision,
            String personId,
            String personName,
            String lang,
            String text,
            String author,
            String outlet,
            double score,
            Instant at) {
        Post post = new Post(
                "p-" + id,
                "test",
                "https://example.org/p/" + id,
                at,
                at,
                new Account("acc-" + id, "handle", author, AccountKind.PERSON),
                lang,
                null,
                text,
                List.of(),
                null,
                null,
                null);
        Denial denial =
                new Denial(post.id(), post, new Denier(author, "self", personId), List.of(), score, lang, List.of());
        List<RankedStory> stories = outlet == null
                ? List.of()
                : List.of(new RankedStory(
                        "s-" + id,
                        "https://news.example.org/" + id,
                        outlet,
                        at.minusSeconds(7_200 * revision),
                        0.8,
                        List.of("same person", "shared quote"),
                        "en",
                        "Story about " + personName,
                        "story text r" + revision));
        return new Alert(id, revision, new PersonRef(personId, personName), denial, stories, at, List.of(), null);
    }

    /** {@code a} as a held news report's provisional alert: revision 0, waiting until {@code until}. */
    public static Alert held(Alert a, String reason, Instant until) {
        return new Alert(
                a.alertId(),
                0,
                a.person(),
                a.denial(),
                a.stories(),
                a.createdAt(),
                a.flags(),
                null,
                new Held(reason, until),
                null);
    }

    /** {@code a}'s revision 1 once folded into the alert {@code into}. */
    public static Alert folded(Alert a, String into) {
        return new Alert(
                a.alertId(), 1, a.person(), a.denial(), a.stories(), a.createdAt(), a.flags(), null, null, into);
    }

    public static Alert simple(String id, int revision, String text) {
        return alert(
                id,
                revision,
                "p1",
                "Person One",
                "en",
                text,
                "Person One",
                "Outlet A",
                0.9,
                Instant.parse("2025-03-01T10:00:00Z"));
    }
}
