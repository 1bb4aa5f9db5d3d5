package io.denialwatch.stream.join;

import io.denialwatch.common.gazetteer.OutletEntry;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.PersonMention;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.text.Tokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;

/**
 * Turns an analysed post into one join event per watched person it concerns, before the
 * repartition: the terms and the story record are worked out once per post (not once per
 * person), and what crosses the repartition topic is what the join keeps, not the whole post.
 */
public final class JoinInputs {
    private final Terms terms;
    private final OutletDirectory outlets;

    public JoinInputs(Terms terms, OutletDirectory outlets) {
        this.terms = terms;
        this.outlets = outlets;
    }

    /** One event per concerned person, for a replayed post (no entry time). */
    public List<KeyValue<String, PersonEvent>> of(Post post, Analysis analysis, Instant eventTime) {
        return of(post, analysis, null, eventTime, null);
    }

    /**
     * One event per concerned person; a post that concerns nobody on the watch list gives none.
     *
     * @param tokens    the post's text as the analysis tokenised it, or null to tokenise it here
     * @param enteredAt when the post entered the pipeline, null for a replay (EnteredAt)
     */
    public List<KeyValue<String, PersonEvent>> of(
            Post post, Analysis analysis, Tokens tokens, Instant eventTime, Instant enteredAt) {
        Map<String, String> howByPerson = new LinkedHashMap<>();
        for (PersonMention m : analysis.persons()) {
            // a denial that may be about any of several people of one name reaches each of them,
            // and their stories decide (AlertMerge); a story is filed only under whom it certainly
            // names
            if (analysis.isDenial() || !m.undecided()) {
                howByPerson.putIfAbsent(m.id(), m.how());
            }
        }
        if (howByPerson.isEmpty()) {
            return List.of();
        }
        boolean fromFetched =
                post.publishedAt() == null || post.publishedAt().toEpochMilli() != eventTime.toEpochMilli();
        String fullText = post.fullText();
        Tokens words = tokens != null ? tokens : Terms.tokensOf(fullText);
        List<String> quotes = Terms.quotes(fullText);
        List<KeyValue<String, PersonEvent>> out = new ArrayList<>(howByPerson.size());
        if (analysis.isDenial()) {
            DenialEvent denial =
                    new DenialEvent(post, analysis, terms.of(words), namedOutlets(analysis), quotes, enteredAt);
            howByPerson
                    .keySet()
                    .forEach(id -> out.add(
                            KeyValue.pair(id, new PersonEvent.Denial(id, post.id(), eventTime, fromFetched, denial))));
        } else {
            // a story's terms go straight to the hashes the story index files them as
            Terms.Filed filed = terms.filed(words);
            StoryRecord story = story(post, analysis, eventTime, filed.names(), quotes);
            howByPerson.forEach((id, how) -> out.add(KeyValue.pair(
                    id,
                    new PersonEvent.Story(
                            id,
                            post.id(),
                            eventTime,
                            fromFetched,
                            EncodedStory.of(story.withPersonHow(how), filed.termHashes())))));
        }
        return out;
    }

    /**
     * The join keys of a denial, in the order its analysis names them: every watched entity it
     * concerns, each candidate of an undecided name among them. The first one names its alert
     * ({@link io.denialwatch.common.model.Alert#idFor}).
     */
    public static List<String> keysOf(Analysis denial) {
        return denial.persons().stream().map(PersonMention::id).distinct().toList();
    }

    /** The story as filed, its terms left out: they are filed as hashes beside it ({@link Terms#filed}). */
    private StoryRecord story(Post p, Analysis a, Instant eventTime, Map<String, String> names, List<String> quotes) {
        Set<String> outletIds = namedOutlets(a);
        OutletEntry own = outlets.of(p.account());
        if (own != null) {
            outletIds.add(own.id());
        }
        String outletName = own != null
                ? own.name()
                : p.account() != null && p.account().name() != null
                        ? p.account().name()
                        : null;
        return new StoryRecord(
                p.id(),
                p.url(),
                outletName,
                outletIds,
                eventTime,
                a.lang(),
                p.title(),
                excerpt(p.text()),
                Set.of(),
                names,
                quotes,
                p.repostOf() != null,
                null,
                sourceKind(own, p.account()));
    }

    /** {@code outlet} for an outlet of the gazetteer, else the account's kind; null when the source gives none. */
    private static String sourceKind(OutletEntry own, Account account) {
        if (own != null) {
            return AccountKind.OUTLET.json();
        }
        return account == null || account.kind() == null ? null : account.kind().json();
    }

    private static Set<String> namedOutlets(Analysis a) {
        Set<String> ids = new LinkedHashSet<>();
        a.outlets().forEach(o -> ids.add(o.id()));
        return ids;
    }

    static String excerpt(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000) + "…";
    }
}
