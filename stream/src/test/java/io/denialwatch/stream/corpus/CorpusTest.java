package io.denialwatch.stream.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.stream.corpus.CorpusSplit.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, checking and splitting the real-text corpus (eval/corpus/README.md); fixtures written here. */
class CorpusTest {

    @TempDir
    Path dir;

    /** {@code item} labelled with the organisation {@code an-org} as well. */
    private static String withOrganisation(String item) {
        return item.replace(
                ",\"labeller\"",
                ",\"organisations\":[{\"id\":\"an-org\",\"name\":\"An Org\",\"surface\":\"An Org\","
                        + "\"via\":\"name\"}],\"labeller\"");
    }

    private static String item(String id, String url, String date, boolean denial, String person) {
        return "{\"id\":\"" + id + "\",\"lang\":\"en\",\"kind\":\"news\",\"text\":\"text of " + id + "\",\"url\":\""
                + url
                + "\",\"published_at\":\"" + date + "\",\"date_basis\":\"page\",\"outlet\":\"Outlet\",\"is_denial\":"
                + denial + (denial ? ",\"family\":\"verb\"" : ",\"negative_kind\":\"story\"")
                + ",\"persons\":[{\"id\":\"" + person
                + "\",\"name\":\"A Person\",\"surface\":\"A Person\",\"via\":\"name\"}]"
                + ",\"labeller\":\"t1\"}";
    }

    private void write(String file, String... lines) throws IOException {
        Path f = dir.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void everyProblemIsReportedWithItsFileAndLineAndTheRestIsKept() throws IOException {
        write(
                "items/t1.jsonl",
                item("t1-0001", "https://a.example/1", "2024-01-02", true, "a-person"),
                item("t1-0001", "https://a.example/2", "2024-01-02", true, "a-person"),
                item("t1-0003", "https://a.example/3", "2024-01-02", true, "a-person")
                        .replace("\"lang\":\"en\"", "\"lang\":\"de\""),
                item("t1-0004", "https://a.example/4", "2024-01-02", false, "a-person")
                        .replace("\"outlet\"", "\"outlet_name\""),
                item("t1-0005", "https://a.example/5", "last week", false, "a-person"),
                item("t1-0006", "https://a.example/6", "2024-01-03", false, "A Person"));

        Corpus corpus = Corpus.load(dir);

        assertThat(corpus.items()).containsOnlyKeys("t1-0001");
        assertThat(corpus.problems()).hasSize(5);
        assertThat(corpus.problems().get(0))
                .startsWith("items/t1.jsonl:2: id t1-0001 already used at items/t1.jsonl:1");
        assertThat(corpus.problems().get(1)).startsWith("items/t1.jsonl:3: t1-0003: lang must be one of");
        assertThat(corpus.problems().get(2)).startsWith("items/t1.jsonl:4: ").contains("outlet_name");
        assertThat(corpus.problems().get(3)).startsWith("items/t1.jsonl:5: t1-0005: published_at is not");
        assertThat(corpus.problems().get(4)).startsWith("items/t1.jsonl:6: t1-0006: entity id must be");
    }

    @Test
    void aPairWhoseStoryIsLaterThanItsDenialOrMissesTheSubjectIsAProblem() throws IOException {
        write(
                "items/t1.jsonl",
                item("t1-0001", "https://a.example/1", "2024-01-10", true, "a-person"),
                item("t1-0002", "https://b.example/2", "2024-01-11", false, "a-person"),
                item("t1-0003", "https://b.example/3", "2024-01-01", false, "someone-else"),
                item("t1-0004", "https://b.example/4", "2024-01-01", false, "a-person"));
        write(
                "pairs/t1.jsonl",
                "{\"id\":\"p1\",\"denial\":\"t1-0001\",\"story\":\"t1-0002\","
                        + "\"distractors\":[\"t1-0003\",\"t1-0004\"],\"subject\":\"a-person\"}");

        List<String> problems = Corpus.load(dir).problems();

        assertThat(problems)
                .anyMatch(p -> p.startsWith("pairs/t1.jsonl:1: t1-0002 (2024-01-11) is dated after the denial"));
        assertThat(problems)
                .anyMatch(p -> p.startsWith("pairs/t1.jsonl:1: t1-0003 does not list the subject a-person"));
    }

    @Test
    void theSplitKeepsAnOutletOnOneSideAndAPairWithItsDenial() throws IOException {
        // hosts chosen so that one hashes into the test quarter and one does not
        String testHost = host(0);
        String devHost = host(1);
        write(
                "items/t1.jsonl",
                item("t1-0001", "https://" + testHost + "/1", "2024-01-10", true, "a-person"),
                item("t1-0002", "https://" + devHost + "/2", "2024-01-09", false, "a-person"),
                item("t1-0003", "https://" + devHost + "/3", "2024-01-01", false, "a-person"),
                item("t1-0004", "https://" + devHost + "/4", "2024-01-01", false, "a-person"),
                item("t1-0005", "https://www." + testHost + "/5", "2023-01-01", true, "a-person"),
                item("t1-0006", "https://" + devHost + "/6", "2023-01-01", true, "a-person"));
        write(
                "pairs/t1.jsonl",
                "{\"id\":\"p1\",\"denial\":\"t1-0001\",\"story\":\"t1-0002\","
                        + "\"distractors\":[\"t1-0003\",\"t1-0004\"],\"subject\":\"a-person\"}");
        Corpus corpus = Corpus.load(dir);
        assertThat(corpus.problems()).isEmpty();

        CorpusSplit.Freeze f = CorpusSplit.propose(corpus, LocalDate.parse("2026-12-06"));

        assertThat(f.testIds()).containsExactlyInAnyOrder("t1-0001", "t1-0002", "t1-0003", "t1-0004", "t1-0005");
        CorpusSplit.write(dir, f);
        assertThat(CorpusSplit.read(dir)).isEqualTo(f);
    }

    @Test
    void afterTheFreezeTestNeverGrowsAndNewTestSideItemsAreHeldOut() throws IOException {
        String testHost = host(0);
        String devHost = host(1);
        write(
                "items/t1.jsonl",
                item("t1-0001", "https://" + testHost + "/1", "2023-01-10", true, "a-person"),
                item("t1-0002", "https://" + devHost + "/2", "2023-01-09", false, "a-person"));
        CorpusSplit.write(dir, CorpusSplit.propose(Corpus.load(dir), LocalDate.parse("2026-12-06")));
        write(
                "items/t2.jsonl",
                item("t2-0001", "https://" + testHost + "/9", "2023-01-11", false, "a-person"),
                item("t2-0002", "https://" + devHost + "/8", "2023-01-01", false, "a-person"));

        Map<String, Part> parts = CorpusSplit.assign(Corpus.load(dir), CorpusSplit.read(dir));

        assertThat(parts)
                .containsEntry("t1-0001", Part.TEST)
                .containsEntry("t1-0002", Part.DEV)
                .containsEntry("t2-0001", Part.HELD)
                .containsEntry("t2-0002", Part.DEV);

        // adding the held items moves them, and only them, into test; the first freeze stays as it was
        CorpusSplit.Freeze before = CorpusSplit.read(dir);
        assertThat(CorpusSplit.addHeld(dir, Corpus.load(dir), LocalDate.parse("2026-12-07")))
                .containsExactly("t2-0001");
        CorpusSplit.Freeze after = CorpusSplit.read(dir);
        assertThat(after.frozenOn()).isEqualTo(before.frozenOn());
        assertThat(after.cutoff()).isEqualTo(before.cutoff());
        assertThat(CorpusSplit.assign(Corpus.load(dir), after))
                .containsEntry("t1-0001", Part.TEST)
                .containsEntry("t2-0001", Part.TEST)
                .containsEntry("t2-0002", Part.DEV)
                .doesNotContainValue(Part.HELD);
        assertThat(CorpusSplit.addHeld(dir, Corpus.load(dir), LocalDate.parse("2026-12-08")))
                .isEmpty();
    }

    @Test
    void anItemTunedOnStaysInDevWhenALaterPairLinksItToATestSource() throws IOException {
        String testHost = host(0);
        String devHost = host(1);
        write(
                "items/t1.jsonl",
                item("t1-0001", "https://" + devHost + "/1", "2023-01-01", true, "a-person"),
                item("t1-0002", "https://" + devHost + "/2", "2023-01-01", false, "a-person"));
        CorpusSplit.write(dir, CorpusSplit.propose(Corpus.load(dir), LocalDate.parse("2026-12-06")));
        assertThat(CorpusSplit.pinDev(dir, Corpus.load(dir))).containsExactly("t1-0001", "t1-0002");
        // a denial from a test-side outlet, paired with the dev denial's story, comes later
        write(
                "items/t2.jsonl",
                item("t2-0001", "https://" + testHost + "/9", "2023-01-11", true, "a-person"),
                item("t2-0002", "https://" + testHost + "/8", "2023-01-01", false, "a-person"),
                item("t2-0003", "https://" + devHost + "/7", "2023-01-02", false, "a-person"));
        write(
                "pairs/t2.jsonl",
                "{\"id\":\"p2\",\"denial\":\"t2-0001\",\"story\":\"t1-0002\","
                        + "\"distractors\":[\"t2-0002\",\"t2-0003\"],\"subject\":\"a-person\"}");

        Map<String, Part> parts = CorpusSplit.assign(Corpus.load(dir), CorpusSplit.read(dir));

        assertThat(parts)
                .containsEntry("t1-0002", Part.DEV)
                .containsEntry("t2-0001", Part.DEV)
                .containsEntry("t2-0002", Part.DEV)
                .doesNotContainValue(Part.HELD);
        assertThat(CorpusSplit.addHeld(dir, Corpus.load(dir), LocalDate.parse("2026-12-07")))
                .isEmpty();
    }

    @Test
    void theExportWatchesEveryLabelledPersonByLatinNameAndCountsOnlyNamedPersons() throws IOException {
        write(
                "items/t1.jsonl",
                item("t1-0001", "https://a.example/1", "2024-01-02", true, "a-person"),
                item("t1-0002", "https://a.example/2", "2024-01-02", true, "a-person")
                        .replace("\"via\":\"name\"", "\"via\":\"role\""));
        Corpus corpus = Corpus.load(dir);
        Map<String, Part> all = Map.of("t1-0001", Part.DEV, "t1-0002", Part.DEV);

        CorpusExport export = CorpusExport.of(corpus, all, Set.of(Part.DEV));

        assertThat(export.watchlistYaml()).contains("id: \"a-person\"").contains("name: \"A Person\"");
        assertThat(export.posts())
                .extracting(p -> p.canonicalPersons())
                .containsExactly(List.of("a-person"), List.of());
    }

    @Test
    void pairsAboutAnOrganisationAreScoredWithTheOrganisationWatchedAndKeptApart() throws IOException {
        write(
                "items/t1.jsonl",
                withOrganisation(item("t1-0001", "https://a.example/1", "2024-01-05", true, "a-person")),
                withOrganisation(item("t1-0002", "https://b.example/2", "2024-01-02", false, "a-person")),
                withOrganisation(item("t1-0003", "https://b.example/3", "2024-01-01", false, "a-person")),
                withOrganisation(item("t1-0004", "https://b.example/4", "2024-01-01", false, "a-person")));
        write(
                "pairs/t1.jsonl",
                "{\"id\":\"pt1-0001\",\"denial\":\"t1-0001\",\"story\":\"t1-0002\",\"distractors\":[\"t1-0003\","
                        + "\"t1-0004\"],\"subject\":\"an-org\",\"labeller\":\"t1\"}");
        Corpus corpus = Corpus.load(dir);
        assertThat(corpus.problems()).isEmpty();
        Map<String, Part> all =
                Map.of("t1-0001", Part.DEV, "t1-0002", Part.DEV, "t1-0003", Part.DEV, "t1-0004", Part.DEV);

        CorpusExport export = CorpusExport.of(corpus, all, Set.of(Part.DEV));

        assertThat(export.pairs()).isEmpty();
        assertThat(export.organisationPairs()).extracting(p -> p.personId()).containsExactly("an-org");
        assertThat(export.pairsAboutNoLabelledEntity()).isZero();
        assertThat(export.entitiesYaml()).contains("organizations:").contains("name: \"An Org\"");
        assertThat(export.watchlistYaml()).doesNotContain("An Org");
    }

    /** {@code item} labelled with the organisation {@code id} named {@code name}. */
    private static String withOrganisation(String item, String id, String name) {
        return withOrganisation(item)
                .replace("\"id\":\"an-org\",\"name\":\"An Org\"", "\"id\":\"" + id + "\",\"name\":\"" + name + "\"");
    }

    @Test
    void twoIdsUnderOneOrganisationNameOrOneIdUnderTwoNamesIsAProblem() throws IOException {
        write(
                "items/t1.jsonl",
                withOrganisation(item("t1-0001", "https://a.example/1", "2024-01-02", true, "a-person")),
                withOrganisation(
                        item("t1-0002", "https://a.example/2", "2024-01-02", true, "a-person"),
                        "an-org",
                        "An Org Inc."),
                withOrganisation(
                        item("t1-0003", "https://a.example/3", "2024-01-02", true, "a-person"), "the-org", "An Org"));

        Corpus corpus = Corpus.load(dir);

        assertThat(corpus.items()).hasSize(3);
        assertThat(corpus.problems())
                .containsExactly(
                        "items/t1.jsonl:2: t1-0002: organisation an-org is named \"An Org Inc.\" here but \"An Org\" at "
                                + "items/t1.jsonl:1: give it one name, its English Wikipedia title, in every file",
                        "items/t1.jsonl:3: t1-0003: organisations the-org and an-org (at items/t1.jsonl:1) are both named "
                                + "\"An Org\": one body takes one id; two bodies take names that tell them apart");
    }

    @Test
    void anOrganisationIsWatchedWithTheQualifierThatTellsItFromAnotherAndWithoutOneThatDoesNot() throws IOException {
        write(
                "items/t1.jsonl",
                withOrganisation(
                        item("t1-0001", "https://a.example/1", "2024-01-02", true, "a-person"),
                        "egypt-ministry-of-foreign-affairs",
                        "Ministry of Foreign Affairs (Egypt)"),
                withOrganisation(
                        item("t1-0002", "https://a.example/2", "2024-01-02", true, "a-person"),
                        "iran-ministry-of-foreign-affairs",
                        "Ministry of Foreign Affairs (Iran)"),
                withOrganisation(
                        item("t1-0003", "https://a.example/3", "2024-01-02", true, "a-person"),
                        "amazon",
                        "Amazon (company)"));
        Corpus corpus = Corpus.load(dir);
        assertThat(corpus.problems()).isEmpty();
        Map<String, Part> all = Map.of("t1-0001", Part.DEV, "t1-0002", Part.DEV, "t1-0003", Part.DEV);

        Gazetteer watched =
                Gazetteer.parse(CorpusExport.of(corpus, all, Set.of(Part.DEV)).entitiesYaml());

        assertThat(watched.organizations())
                .extracting(o -> o.id() + ": " + o.name())
                .containsExactlyInAnyOrder(
                        "egypt-ministry-of-foreign-affairs: Ministry of Foreign Affairs (Egypt)",
                        "iran-ministry-of-foreign-affairs: Ministry of Foreign Affairs (Iran)",
                        "amazon: Amazon");
    }

    /** {@code item} with its person labelled as named through {@code office}. */
    private static String throughOffice(String item, String office) {
        return item.replace("\"via\":\"name\"}", "\"via\":\"role\",\"office\":" + office + "}");
    }

    @Test
    void theOfficesTheLabelsNameAreWatchedHeldOverTheDaysLabelled() throws IOException {
        write(
                "items/t1.jsonl",
                throughOffice(
                        item("t1-0001", "https://a.example/1", "2024-03-05", true, "a-person"),
                        "\"President of Testland\""),
                throughOffice(
                        item("t1-0002", "https://a.example/2", "2024-01-02", false, "a-person"),
                        "\"President of Testland\""),
                item("t1-0003", "https://a.example/3", "2024-06-01", false, "a-person"));
        Corpus corpus = Corpus.load(dir);
        assertThat(corpus.problems()).isEmpty();
        Map<String, Part> all = Map.of("t1-0001", Part.DEV, "t1-0002", Part.DEV, "t1-0003", Part.DEV);

        CorpusExport export = CorpusExport.of(corpus, all, Set.of(Part.DEV));

        for (String yaml : List.of(export.watchlistYaml(), export.entitiesYaml())) {
            Gazetteer watched = Gazetteer.parse(yaml);
            assertThat(watched.roles()).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("President of Testland");
                assertThat(r.aliases()).isEmpty();
                assertThat(r.holderOn(LocalDate.parse("2024-02-01"))).isEqualTo("a-person");
                assertThat(r.holderOn(LocalDate.parse("2024-06-01"))).isNull();
            });
        }
        assertThat(export.posts())
                .extracting(p -> p.throughOffice())
                .containsExactly(List.of("a-person"), List.of("a-person"), List.of());
    }

    @Test
    void anOfficeIsANonEmptyNameOnAPersonOnly() throws IOException {
        write(
                "items/t1.jsonl",
                throughOffice(item("t1-0001", "https://a.example/1", "2024-01-02", true, "a-person"), "\" \""),
                throughOffice(item("t1-0002", "https://a.example/2", "2024-01-02", true, "a-person"), "3"),
                withOrganisation(item("t1-0003", "https://a.example/3", "2024-01-02", true, "a-person"))
                        .replace(
                                "\"surface\":\"An Org\",\"via\":\"name\"",
                                "\"surface\":\"An Org\",\"via\":\"name\",\"office\":\"CEO\""));

        Corpus corpus = Corpus.load(dir);

        assertThat(corpus.items()).isEmpty();
        assertThat(corpus.problems()).hasSize(3);
        assertThat(corpus.problems().get(0)).contains("t1-0001: person a-person: office must be");
        assertThat(corpus.problems().get(1)).startsWith("items/t1.jsonl:2: ");
        assertThat(corpus.problems().get(2)).contains("t1-0003: organisation an-org: office is for a person");
    }

    @Test
    void aDisambiguationIsNotPartOfTheWatchedNameNorASuffixButATitleIs() {
        assertThat(CorpusExport.watchedName("Muslim (singer)")).isEqualTo("Muslim");
        assertThat(CorpusExport.watchedName("Meghan, Duchess of Sussex")).isEqualTo("Meghan, Duchess of Sussex");
        assertThat(CorpusExport.watchedName("Martin Luther King, Jr.")).isEqualTo("Martin Luther King");
        assertThat(CorpusExport.watchedName("Ahmed al-Sharaa")).isEqualTo("Ahmed al-Sharaa");
    }

    @Test
    void kappaIsOneForFullAgreementAndZeroForAgreementByChance() {
        CorpusItem yes = new CorpusItem(
                "a",
                "en",
                "news",
                "t",
                "https://x",
                "2024-01-01",
                "page",
                "o",
                true,
                "verb",
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                "t1");
        CorpusItem no = new CorpusItem(
                "b",
                "en",
                "news",
                "t",
                "https://x",
                "2024-01-01",
                "page",
                "o",
                false,
                null,
                "story",
                null,
                List.of(),
                List.of(),
                null,
                null,
                "t1");
        Map<String, CorpusItem> first = Map.of("a", yes, "b", no);

        Agreement same = Agreement.of(
                first,
                List.of(
                        new SecondLabel("a", true, null, null, null, "t2"),
                        new SecondLabel("b", false, null, null, null, "t2")));
        Agreement inverse = Agreement.of(
                first,
                List.of(
                        new SecondLabel("a", false, null, null, null, "t2"),
                        new SecondLabel("b", true, null, null, null, "t2")));

        assertThat(same.kappa()).isEqualTo(1.0);
        assertThat(inverse.kappa()).isEqualTo(-1.0);
    }

    /** A host name whose hash puts it in {@code bucket}. */
    private static String host(int bucket) {
        for (int i = 0; ; i++) {
            String h = "outlet" + i + ".example";
            if (CorpusSplit.hostBucket("https://" + h + "/") == bucket) {
                return h;
            }
        }
    }
}
