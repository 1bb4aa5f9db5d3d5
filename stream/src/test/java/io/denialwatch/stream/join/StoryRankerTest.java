package io.denialwatch.stream.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.json.JsonSerde;
import io.denialwatch.common.model.RankedStory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Ranking scores every candidate from its filed features and explains only the top k from the
 * decoded story: both must agree, and stories filed by earlier versions must rank the same.
 */
class StoryRankerTest {
    private static final Instant DENIED_AT = Instant.parse("2025-11-13T20:00:00Z");
    private static final List<String> WORDS = List.of(
            "coalition",
            "interview",
            "meeting",
            "visit",
            "ceasefire",
            "prison",
            "n:2016",
            "n:44",
            "c:kill",
            "c:arrest",
            "sanctions",
            "election",
            "border",
            "treaty");
    private static final List<String> NAMES = List.of(
            "kl:wshngtn|Washington", "ka:wshngtn|واشنطن", "kl:dmshq|Damascus", "ka:dmshq|دمشق", "kl:mskw|Moscow");
    private static final List<String> OUTLETS = List.of("nytimes", "reuters", "bbc", "aljazeera");
    private final StoryRanker ranker = new StoryRanker();

    @Test
    void theOrderFromFeaturesIsTheOrderOfTheExplainedScores() {
        Random random = new Random(11);
        List<StoryRecord> stories = stories(random, 300);
        for (int d = 0; d < 40; d++) {
            StoryRanker.DenialView denial = denial(random);
            List<RankedStory> all = rank(denial, stories, stories.size());

            assertThat(all).hasSize(stories.size());
            // every score below was recomputed from the decoded story; the order came from features
            assertThat(all)
                    .isSortedAccordingTo(Comparator.comparingDouble(RankedStory::score)
                            .reversed()
                            .thenComparing(RankedStory::publishedAt, Comparator.reverseOrder())
                            .thenComparing(RankedStory::postId));
            assertThat(rank(denial, stories, 5)).containsExactlyElementsOf(all.subList(0, 5));
        }
    }

    @Test
    void sharedTermsOutletsAndQuotesLiftAStory() {
        Terms terms = Terms.bundled();
        StoryRecord plain = story("a", Set.of("bbc"), Set.of("visit"), Map.of(), "nothing to see", false, 5);
        String storyText = "in جبيل he worked with the coalition since 2016";
        StoryRecord matching = story(
                "b",
                Set.of("reuters"),
                Terms.withoutNames(terms.of(storyText)),
                Terms.names(terms.of(storyText)),
                storyText,
                false,
                5);
        String denialText = "In Jbeil? I never \"worked with the coalition\", not in 2016";
        StoryRanker.DenialView denial = new StoryRanker.DenialView(
                terms.of(denialText), Set.of("reuters"), List.of("worked with the coalition"), DENIED_AT, denialText);

        List<RankedStory> ranked = rank(denial, List.of(plain, matching), 2);

        assertThat(ranked).extracting(RankedStory::postId).containsExactly("b", "a");
        assertThat(ranked.get(0).reasons())
                .contains(
                        "the denial names the outlet of this story: Reuters",
                        "shared numbers: 2016",
                        "shared terms: Jbeil ≈ جبيل, coalition, worked",
                        "quotes the same words: \"worked with the coalition\"");
    }

    @Test
    void theStoryOfTheOutletADenialNamesWithTheWordsOfItsClaimOutranksANewerStoryOnAnotherTopic() {
        StoryRecord claim =
                textStory("claim", Set.of("reuters"), "Reuters: the minister resigned over the pension reform", 40);
        StoryRecord newer = textStory("newer", Set.of("bbc"), "The minister opened a new bridge on Monday", 2);
        String denialText = "The minister denied a Reuters report that she resigned over the pension reform";
        StoryRanker.DenialView denial = new StoryRanker.DenialView(
                Terms.bundled().of(denialText), Set.of("reuters"), List.of(), DENIED_AT, denialText);

        List<RankedStory> ranked = rank(denial, List.of(newer, claim), 2);

        assertThat(ranked).extracting(RankedStory::postId).containsExactly("claim", "newer");
        assertThat(ranked.get(0).reasons())
                .contains("the denial names the outlet of this story: Reuters", "published 40 h before the denial")
                .anyMatch(r -> r.startsWith("shared terms: ") && r.contains("pension") && r.contains("reform"));
    }

    @Test
    void aStoryTimedToTheDenialsMinuteIsNotKnownToComeBeforeItAndEarnsNoClosenessInTime() {
        String text = "the minister resigned over the pension reform";
        StoryRecord sameMinute = story("same", Set.of(), Set.of("pension", "reform"), Map.of(), text, false, 0);
        StoryRecord dayBefore = story("before", Set.of(), Set.of("pension", "reform"), Map.of(), text, false, 24);
        StoryRanker.DenialView denial =
                new StoryRanker.DenialView(Set.of("pension", "reform"), Set.of(), List.of(), DENIED_AT);

        List<RankedStory> ranked = rank(denial, List.of(sameMinute, dayBefore), 2);

        // both dated the denial's day with no time, a report of that day may well come after it
        assertThat(ranked).extracting(RankedStory::postId).containsExactly("before", "same");
        assertThat(ranked.get(0).reasons()).contains("published 24 h before the denial");
        assertThat(ranked.get(1).reasons())
                .contains("published at the same time as the denial: which came first is not known")
                .noneMatch(r -> r.endsWith("before the denial"));
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
    }

    @Test
    void aReportOfLastWeekOutranksOneOfMonthsAgoThatSharesOnlyAWordMoreOfThePersonsUsualSubjects() {
        StoryRanker.DenialView denial = new StoryRanker.DenialView(
                Set.of("discussions", "accord", "entraineur", "saison", "ministre"), Set.of(), List.of(), DENIED_AT);
        StoryRecord lastWeek = story(
                "week", Set.of(), Set.of("discussions", "accord"), Map.of(), "discussions, accord", false, 7 * 24);
        StoryRecord monthsAgo = story(
                "months",
                Set.of(),
                Set.of("entraineur", "saison", "ministre"),
                Map.of(),
                "entraineur, saison, ministre",
                false,
                120 * 24);
        StoryRecord older = story("older", Set.of(), Set.of("ministre"), Map.of(), "ministre", false, 200 * 24);

        List<RankedStory> ranked = rank(denial, List.of(monthsAgo, older, lastWeek), 3);

        // a denial answers what is being said now: closeness in time still counts after three days
        assertThat(ranked).extracting(RankedStory::postId).startsWith("week", "months");
        assertThat(ranked.get(0).reasons()).contains("published 7 days before the denial");
    }

    @Test
    void sharedTermsAreShownInTheWordsOfTheTextsAndNeverInFoldedOrListForms() {
        Terms terms = Terms.bundled();
        String denialText = "الرئاسة تنفي ما نشر عن مقابلة الرئيس مع صحيفة أمريكية حول التحالف";
        String storyText = "Syria's president gave an interview about the coalition, a report says";
        String arabicStory = "قال رئيس الجمهورية في حوار مع صحيفة أمريكية إن التحالف انتهى";
        StoryRanker.DenialView denial =
                new StoryRanker.DenialView(terms.of(denialText), Set.of(), List.of(), DENIED_AT, denialText);
        StoryRecord english =
                story("en", Set.of(), Terms.withoutNames(terms.of(storyText)), Map.of(), storyText, false, 3);
        StoryRecord arabic = story(
                "ar",
                Set.of(),
                Terms.withoutNames(terms.of(arabicStory)),
                Terms.names(terms.of(arabicStory)),
                arabicStory,
                false,
                4);

        List<RankedStory> ranked = rank(denial, List.of(english, arabic), 2);

        String enShared = sharedTerms(ranked, "en");
        String arShared = sharedTerms(ranked, "ar");
        // a concept shows the words each text uses for it, not the concept's name
        assertThat(enShared).contains("مقابلة / interview", "التحالف / coalition");
        // an Arabic word as each text writes it: the article, hamza and ta marbuta kept
        assertThat(arShared).contains("أمريكية", "مقابلة / حوار", "التحالف");
        for (String shared : List.of(enShared, arShared)) {
            assertThat(shared).doesNotContain("رييس", "امريكي", "c:", "n:");
            for (String words : shared.split(", | / | ≈ ")) {
                assertThat(denialText + " " + storyText + " " + arabicStory)
                        .as("a shared term in neither text: " + words)
                        .contains(words);
            }
        }
    }

    /** The words of a ranked story's "shared terms" reason. */
    private static String sharedTerms(List<RankedStory> ranked, String postId) {
        return ranked.stream()
                .filter(r -> r.postId().equals(postId))
                .flatMap(r -> r.reasons().stream())
                .filter(r -> r.startsWith("shared terms: "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no shared terms for " + postId + ": " + ranked))
                .substring("shared terms: ".length());
    }

    @Test
    void onlyAnOutletsStoryIsAReportBy() {
        StoryRanker.DenialView denial = new StoryRanker.DenialView(Set.of("visit"), Set.of(), List.of(), DENIED_AT);
        StoryRecord outlet = story("o", Set.of("reuters"), Set.of("visit"), Map.of(), "a visit", false, 3);
        StoryRecord ambassador = new StoryRecord(
                "a",
                "https://x.com/a",
                "U.S. Ambassador Tom Barrack",
                Set.of(),
                DENIED_AT.minus(Duration.ofHours(2)),
                "en",
                null,
                "a visit",
                Set.of("visit"),
                Map.of(),
                List.of(),
                false,
                "alias",
                "official");
        StoryRecord person = new StoryRecord(
                "p",
                "https://x.com/p",
                "Someone",
                Set.of(),
                DENIED_AT.minus(Duration.ofHours(1)),
                "en",
                null,
                "a visit",
                Set.of("visit"),
                Map.of(),
                List.of(),
                false,
                "alias",
                "person");
        List<RankedStory> ranked = rank(denial, List.of(outlet, ambassador, person), 3);
        assertThat(ranked)
                .filteredOn(r -> r.postId().equals("o"))
                .singleElement()
                .satisfies(r -> assertThat(r.reasons()).contains("report by Reuters"));
        assertThat(ranked)
                .filteredOn(r -> r.postId().equals("a"))
                .singleElement()
                .satisfies(r -> assertThat(r.reasons())
                        .contains("statement by U.S. Ambassador Tom Barrack")
                        .noneMatch(x -> x.startsWith("report by")));
        assertThat(ranked)
                .filteredOn(r -> r.postId().equals("p"))
                .singleElement()
                .satisfies(r -> assertThat(r.reasons()).contains("post by Someone"));
    }

    @Test
    void aStoryFiledByAnEarlierVersionRanksAsOneFiledNow() {
        Random random = new Random(5);
        List<StoryRecord> stories = stories(random, 60);
        JsonSerde<StoryRecord> plain = JsonSerde.compact(StoryRecord.class);
        List<EncodedStory> filedBefore = new ArrayList<>();
        List<EncodedStory> filedNow = new ArrayList<>();
        for (StoryRecord s : stories) {
            filedBefore.add(EncodedStory.SERDE
                    .deserializer()
                    .deserialize("dw-stories", plain.serializer().serialize("dw-stories", s)));
            filedNow.add(EncodedStory.SERDE
                    .deserializer()
                    .deserialize("dw-stories", EncodedStory.of(s).bytes()));
        }
        for (int d = 0; d < 10; d++) {
            StoryRanker.DenialView denial = denial(random);
            assertThat(ranker.rank(denial, filedBefore, 5))
                    .isEqualTo(ranker.rank(denial, filedNow, 5))
                    .isEqualTo(rank(denial, stories, 5));
        }
    }

    /** Ranks stories built here as the index would hold them. */
    private List<RankedStory> rank(StoryRanker.DenialView denial, List<StoryRecord> stories, int topK) {
        return ranker.rank(denial, stories.stream().map(EncodedStory::of).toList(), topK);
    }

    private static List<StoryRecord> stories(Random random, int n) {
        List<StoryRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> terms = pick(random, WORDS, 1 + random.nextInt(6));
            Map<String, String> names = pick(random, NAMES, random.nextInt(3)).stream()
                    .collect(Collectors.toMap(
                            t -> t.substring(0, t.indexOf('|')), t -> t.substring(t.indexOf('|') + 1), (a, b) -> a));
            String text = random.nextInt(4) == 0 ? "sources say he worked with the coalition in 2016" : "a report";
            // whole hours apart, some at the same time, so ties are broken as the desk sees them
            out.add(story(
                    "p" + i,
                    pick(random, OUTLETS, random.nextInt(2)),
                    terms,
                    names,
                    text,
                    random.nextInt(5) == 0,
                    random.nextInt(48)));
        }
        return out;
    }

    private static StoryRanker.DenialView denial(Random random) {
        Set<String> terms = pick(random, WORDS, 2 + random.nextInt(5));
        terms.addAll(pick(random, NAMES, random.nextInt(3)));
        List<String> quotes = random.nextBoolean() ? List.of("worked with the coalition") : List.of();
        return new StoryRanker.DenialView(terms, pick(random, OUTLETS, random.nextInt(2)), quotes, DENIED_AT);
    }

    private static StoryRecord story(
            String id,
            Set<String> outletIds,
            Set<String> terms,
            Map<String, String> names,
            String text,
            boolean repost,
            int hoursBefore) {
        String outlet =
                outletIds.isEmpty() ? null : outletIds.iterator().next().equals("reuters") ? "Reuters" : "An outlet";
        return new StoryRecord(
                id,
                "https://example.org/" + id,
                outlet,
                outletIds,
                DENIED_AT.minus(Duration.ofHours(hoursBefore)),
                "en",
                null,
                text,
                terms,
                names,
                List.of(),
                repost,
                "alias");
    }

    /** A story of {@code text}, its terms and names as the index files them. */
    private static StoryRecord textStory(String id, Set<String> outletIds, String text, int hoursBefore) {
        Set<String> terms = Terms.bundled().of(text);
        return story(id, outletIds, Terms.withoutNames(terms), Terms.names(terms), text, false, hoursBefore);
    }

    private static Set<String> pick(Random random, List<String> from, int n) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < Math.min(n, from.size())) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return out;
    }
}
