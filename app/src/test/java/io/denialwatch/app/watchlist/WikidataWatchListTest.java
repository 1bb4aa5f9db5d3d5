package io.denialwatch.app.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.denialwatch.common.UserError;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.Holder;
import io.denialwatch.common.gazetteer.Link;
import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.gazetteer.RoleEntry;
import io.denialwatch.common.gazetteer.WatchListReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikidataWatchListTest {
    private static final Path DUMP = Path.of("src/test/resources/wikidata/entities-dump.json");
    private static final Path KAHN = Path.of("src/test/resources/wikidata/oliver-kahn.json");
    private static final List<String> LANGS = List.of("en", "fr", "ar");

    @TempDir
    Path dir;

    private Gazetteer importAll(Path from, Set<String> ids) {
        Path out = dir.resolve("persons.yaml");
        WikidataWatchList.importInto(out, from, ids, LANGS);
        return WatchListReader.read(out).gazetteer();
    }

    private static RoleEntry role(Gazetteer g, String id) {
        return g.roles().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDumpGivesPersonsOrganisationsOfficesWithTheirHoldersAndSpokespersons() {
        Gazetteer g = importAll(DUMP, Set.of());
        assertThat(g.persons()).extracting(PersonEntry::id).containsExactly("boris-johnson", "sundar-pichai");
        PersonEntry boris = g.persons().get(0);
        assertThat(boris.aliases()).contains("Alexander Boris de Pfeffel Johnson", "بوريس جونسون");
        assertThat(boris.wikidata()).isEqualTo("Q180589");
        assertThat(g.organizations())
                .extracting(o -> o.id() + " " + o.name())
                .containsExactly("united-kingdom United Kingdom", "google Google");
        assertThat(g.organizations().get(0).aliases())
                .contains("Royaume-Uni", "المملكة المتحدة", "Britain")
                .doesNotContain("Vereinigtes Königreich");

        RoleEntry pm = role(g, "prime-minister-of-the-united-kingdom");
        assertThat(pm.of()).isEqualTo("united-kingdom");
        assertThat(pm.aliases()).contains("Premier ministre du Royaume-Uni", "British prime minister");
        // from P39 on the person and P6 on the country: one term, not two; the deprecated P39 is not one
        assertThat(pm.holders())
                .containsExactly(
                        new Holder("boris-johnson", LocalDate.parse("2019-07-24"), LocalDate.parse("2022-09-06")));
        assertThat(pm.holderOn(LocalDate.parse("2021-04-26"))).isEqualTo("boris-johnson");

        RoleEntry ceo = role(g, "google-ceo");
        assertThat(ceo.name()).isEqualTo("chief executive of Google");
        assertThat(ceo.titles()).contains("CEO", "PDG", "الرئيس التنفيذي");
        assertThat(ceo.of()).isEqualTo("google");
        assertThat(ceo.holders()).containsExactly(new Holder("sundar-pichai", LocalDate.parse("2015-10-02"), null));
        // a start known to the month is its first day
        assertThat(g.persons().get(1).speaksFor())
                .containsExactly(new Link("google", LocalDate.parse("2019-01-01"), null));
    }

    @Test
    void gzipAndBzip2AreReadAsStreamsWhateverTheFileIsCalled() throws IOException {
        Path gz = dir.resolve("dump.json");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(DUMP, o);
        }
        Path bz = dir.resolve("dump.bz2");
        try (OutputStream o = new BZip2CompressorOutputStream(Files.newOutputStream(bz))) {
            Files.copy(DUMP, o);
        }
        Gazetteer plain = importAll(DUMP, Set.of());
        Files.delete(dir.resolve("persons.yaml"));
        Gazetteer fromGz = importAll(gz, Set.of());
        Files.delete(dir.resolve("persons.yaml"));
        assertThat(fromGz).isEqualTo(plain);
        assertThat(importAll(bz, Set.of())).isEqualTo(plain);
    }

    @Test
    void idsPickItemsAndTheItemsTheyNameComeFromTheSameFileForTheirNames() {
        Gazetteer g = importAll(DUMP, Set.of("Q180589"));
        assertThat(g.persons()).extracting(PersonEntry::id).containsExactly("boris-johnson");
        assertThat(g.organizations()).isEmpty();
        assertThat(g.roles())
                .singleElement()
                .satisfies(
                        r -> assertThat(r.holders()).extracting(Holder::person).containsExactly("boris-johnson"));
    }

    @Test
    void aRealEntityDocumentInTheOlderFormatGivesItsPersonAndSaysWhatWasLeftOut() {
        Path out = dir.resolve("persons.yaml");
        List<String> report =
                WikidataWatchList.importInto(out, KAHN, Set.of(), LANGS).lines();
        Gazetteer g = WatchListReader.read(out).gazetteer();
        assertThat(g.persons()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("oliver-kahn");
            assertThat(p.aliases()).contains("أوليفر كان");
        });
        // the two teams of P54 are items the file does not hold
        assertThat(report.get(0)).endsWith("; 2 items they name not in the file, left out");
        assertThat(report.get(1)).isEqualTo(out + ": 1 person, 0 organisations, 0 warnings");
    }

    @Test
    void mergingKeepsHandEditsAndIdsAndASecondImportChangesNothing() throws IOException {
        Path out = dir.resolve("persons.yaml");
        Files.writeString(out, """
                persons:
                  - id: bojo
                    name: Boris Johnson
                    aliases: [Boris]
                    accounts: [x:BorisJohnson]
                    wikidata: Q180589
                  - id: someone-else
                    name: Someone Else
                roles:
                  - id: prime-minister-of-the-united-kingdom
                    name: British prime minister
                    titles: [prime minister]
                    holders:
                      - {person: someone-else, from: 2016-07-13, to: 2019-07-24}
                    wikidata: Q14211
                """);
        WikidataWatchList.importInto(out, DUMP, Set.of(), LANGS);
        Gazetteer g = WatchListReader.read(out).gazetteer();
        assertThat(Files.readString(dir.resolve("persons.yaml.bak"))).contains("id: bojo");
        assertThat(g.persons()).extracting(PersonEntry::id).containsExactly("bojo", "someone-else", "sundar-pichai");
        PersonEntry bojo = g.persons().get(0);
        assertThat(bojo.accounts()).containsExactly("x:BorisJohnson");
        assertThat(bojo.aliases()).startsWith("Boris").contains("BoJo");
        RoleEntry pm = role(g, "prime-minister-of-the-united-kingdom");
        assertThat(pm.name()).isEqualTo("British prime minister");
        assertThat(pm.titles()).containsExactly("prime minister");
        assertThat(pm.holders()).extracting(Holder::person).containsExactly("someone-else", "bojo");
        assertThat(pm.of()).isEqualTo("united-kingdom");

        String once = Files.readString(out);
        WikidataWatchList.importInto(out, DUMP, Set.of(), LANGS);
        assertThat(Files.readString(out)).isEqualTo(once);
    }

    @Test
    void aFileThatIsNotWikidataJsonIsOneLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"entities\": {\"Q1\": [1, 2,]}}");
        assertThatThrownBy(() -> importAll(bad, Set.of()))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(bad + ":1: not Wikidata entity JSON (")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> importAll(dir.resolve("none.json"), Set.of()))
                .isInstanceOf(UserError.class)
                .hasMessage(dir.resolve("none.json") + ": no such file; give a Wikidata JSON file (an entity document "
                        + "or a dump)");
    }
}
