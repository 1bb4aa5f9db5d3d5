package io.denialwatch.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.sink.Alerts;
import io.denialwatch.sink.query.AlertFilter;
import io.denialwatch.sink.query.AlertQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store and its queries against a real PostgreSQL server, migrated by Flyway. */
class AlertStoreTest {
    private static TestPostgres pg;
    private static Database db;
    private static AlertStore store;
    private static StoreQuery query;
    private static final AlertBoard board = new AlertBoard();

    @BeforeAll
    static void up() throws Exception {
        pg = TestPostgres.start();
        db = Database.open(pg.url(), pg.user(), pg.password());
        store = new AlertStore(db.writes());
        query = new StoreQuery(db.dataSource(), store, board, Clock.systemUTC());
    }

    @AfterAll
    static void down() throws Exception {
        db.close();
        pg.close();
    }

    @Test
    void newerRevisionWinsAnOlderOneArrivingLaterChangesNothingAndEveryRevisionIsKept() throws Exception {
        Alert r1 = Alerts.simple("rev-a", 1, "first wording");
        Alert r2 = Alerts.simple("rev-a", 2, "second wording");
        assertThat(store.apply(List.of(r1))).containsExactly(r1);
        assertThat(store.apply(List.of(r2))).containsExactly(r2);
        assertThat(store.apply(List.of(r1))).isEmpty(); // late, older: ignored
        assertThat(store.apply(List.of(r2))).isEmpty(); // the same again: ignored

        AlertQuery.Detail d = query.get("rev-a").orElseThrow();
        assertThat(d.alert().revision()).isEqualTo(2);
        assertThat(d.alert().denial().post().text()).isEqualTo("second wording");
        assertThat(d.revisions()).extracting(Alert::revision).containsExactly(1, 2);
        assertThat(count("SELECT count(*) FROM alerts WHERE alert_id = 'rev-a'"))
                .isEqualTo(1);
    }

    @Test
    void fullTextFindsArabicWithOrWithoutDiacriticsAndHamzaAndEnglishWords() throws Exception {
        Instant t = Instant.parse("2025-04-01T08:00:00Z");
        store.apply(List.of(
                Alerts.alert(
                        "ft-ar",
                        1,
                        "ahmed",
                        "أحمد الشرع",
                        "ar",
                        "نَفَى الرئيس ما نُشِرَ عن إستقالة الحكومة",
                        "مكتب الرئاسة",
                        "The New York Times",
                        0.9,
                        t),
                Alerts.alert(
                        "ft-en",
                        1,
                        "mazhar",
                        "Mazhar al-Wais",
                        "en",
                        "I never gave an interview to that outlet",
                        "Mazhar al-Wais",
                        "The Media Line",
                        0.7,
                        t.plusSeconds(60))));

        assertThat(ids(Map.of("q", "استقاله"))).containsExactly("ft-ar"); // hamza and ta marbuta folded
        assertThat(ids(Map.of("q", "نفى الرئيس"))).containsExactly("ft-ar"); // harakat ignored, alef maqsura folded
        assertThat(ids(Map.of("q", "INTERVIEW never"))).containsExactly("ft-en");
        assertThat(ids(Map.of("q", "interview resignation"))).isEmpty(); // every word must occur
        assertThat(ids(Map.of("q", "media line"))).containsExactly("ft-en"); // story outlet is searchable
    }

    @Test
    void filtersPagingPersonsAndAcknowledgement() throws Exception {
        Instant t = Instant.parse("2025-05-01T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            store.apply(List.of(Alerts.alert(
                    "pg-" + i,
                    1,
                    "pager",
                    "Pager Person",
                    i % 2 == 0 ? "fr" : "en",
                    "démenti " + i,
                    "Pager",
                    i < 2 ? "Le Monde" : "Outlet B",
                    0.2 * i,
                    t.plusSeconds(i * 3600L))));
        }
        AlertQuery.Page first = query.search(AlertFilter.parse(Map.of("person", "pager", "limit", "2")));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(i -> i.alert().alertId()).containsExactly("pg-4", "pg-3");
        assertThat(first.nextOffset()).isEqualTo(2);
        assertThat(ids(Map.of("person", "pager", "lang", "fr"))).containsExactly("pg-4", "pg-2", "pg-0");
        assertThat(ids(Map.of("person", "pager", "outlet", "Le Monde"))).containsExactly("pg-1", "pg-0");
        assertThat(ids(Map.of("person", "pager", "min_score", "0.55"))).containsExactly("pg-4", "pg-3");
        assertThat(ids(Map.of("person", "pager", "since", "2025-05-01T01:00:00Z", "until", "2025-05-01T03:00:00Z")))
                .containsExactly("pg-2", "pg-1");
        assertThat(query.persons()).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo("pager");
            assertThat(p.alerts()).isEqualTo(5);
        });

        assertThat(query.acknowledge("pg-1", "Lina", "checked")).isPresent();
        assertThat(query.acknowledge("no-such-alert", "Lina", null)).isEmpty();
        assertThat(query.get("pg-1").orElseThrow().ack().by()).isEqualTo("Lina");
        assertThat(ids(Map.of("person", "pager", "acked", "true"))).containsExactly("pg-1");
        AlertQuery.Page unacked =
                query.search(AlertFilter.parse(Map.of("person", "pager", "acked", "false", "offset", "2")));
        assertThat(unacked.total()).isEqualTo(4);
        assertThat(unacked.items()).extracting(i -> i.alert().alertId()).containsExactly("pg-2", "pg-0");
        assertThat(unacked.nextOffset()).isNull();
        assertThat(board.since(0).orElseThrow())
                .anySatisfy(c -> assertThat(c.ack().alertId()).isEqualTo("pg-1"));
        // the terminal's short ids: a prefix, with LIKE's wildcards taken literally
        assertThat(query.idsStartingWith("pg-", 10)).containsExactly("pg-0", "pg-1", "pg-2", "pg-3", "pg-4");
        assertThat(query.idsStartingWith("pg-3", 2)).containsExactly("pg-3");
        assertThat(query.idsStartingWith("p_-", 2)).isEmpty();
    }

    @Test
    void aPersonFilterFindsTheAlertsOfDenialsThatAlsoConcernThatEntity() throws Exception {
        Alert bankChief = Alerts.simple("concerns-1", 1, "the chief denies a report about the bank")
                .alsoConcerning(List.of(new PersonRef("concerns-bank", "Bank", "named in the denial")));
        Alert other = Alerts.simple("concerns-2", 1, "another denial")
                .alsoConcerning(List.of(new PersonRef("concerns-club", "Club", "named in the denial")));
        store.apply(List.of(bankChief, other));

        assertThat(ids(Map.of("person", "concerns-bank"))).containsExactly("concerns-1");
        assertThat(ids(Map.of("person", "concerns-club"))).containsExactly("concerns-2");
        // the same filter in memory (the desk without a store)
        AlertFilter byBank = AlertFilter.parse(Map.of("person", "concerns-bank"));
        assertThat(byBank.matches(bankChief)).isTrue();
        assertThat(byBank.matches(other)).isFalse();
    }

    @Test
    void hostileTextIsStoredVerbatimAndFindsNothingItShouldNot() throws Exception {
        String evil = "'); DROP TABLE alerts;-- <script>x</script>";
        store.apply(List.of(Alerts.simple("evil", 1, evil)));
        assertThat(query.get("evil").orElseThrow().alert().denial().post().text())
                .isEqualTo(evil);
        assertThat(ids(Map.of("q", "'); DROP TABLE alerts;--"))).contains("evil");
        assertThat(ids(Map.of("person", "x' OR '1'='1"))).isEmpty();
        assertThat(count("SELECT count(*) FROM alerts")).isPositive();
    }

    private static List<String> ids(Map<String, String> params) {
        return query.search(AlertFilter.parse(params)).items().stream()
                .map(i -> i.alert().alertId())
                .toList();
    }

    private static long count(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
