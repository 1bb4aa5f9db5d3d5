package io.denialwatch.ingest.connectors;

import static io.denialwatch.ingest.FixtureServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.FixtureServer;
import io.denialwatch.ingest.Fixtures;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MastodonConnectorTest {
    private static final String ACCOUNT = "117020565966271181";
    private static final String STATUSES = "/api/v1/accounts/" + ACCOUNT + "/statuses";
    private final FixtureServer server = new FixtureServer();
    private final MastodonConnector connector = new MastodonConnector(TestHttp.client(), Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    private SourceDefinition source() {
        return new SourceDefinition(
                "m1", SourceKind.MASTODON, server.base(), "mastodonpy_test", AccountKind.PERSON, null, null, true);
    }

    @Test
    void looksUpTheAccountOnceThenPagesForwardWithMinId() throws Exception {
        server.on(
                        "/api/v1/accounts/lookup",
                        ok("application/json", ("{\"id\":\"" + ACCOUNT + "\"}").getBytes(StandardCharsets.UTF_8)))
                .on(
                        STATUSES,
                        server.recorded("mastodon", "account-statuses-page1.json"),
                        server.recorded("mastodon", "account-statuses-page1.json"),
                        ok("application/json", "[]".getBytes(StandardCharsets.UTF_8)));

        FetchResult first = connector.fetch(source(), Cursor.EMPTY);
        assertThat(first.posts()).hasSize(5);
        assertThat(first.posts())
                .isSortedAccordingTo((a, b) -> ApiIds.ORDER.compare(
                        a.id().substring(a.id().lastIndexOf('/') + 1), b.id().substring(b.id().lastIndexOf('/') + 1)));
        Post newest = first.posts().get(4);
        assertThat(newest.id()).isEqualTo("mastodon:127.0.0.1/117020580518794573");
        assertThat(newest.text()).isEqualTo("Toot number 9!");
        assertThat(newest.lang()).isEqualTo("en");
        assertThat(newest.account().handle()).isEqualTo("mastodonpy_test@127.0.0.1");
        assertThat(first.cursor().accountId()).isEqualTo(ACCOUNT);
        assertThat(first.cursor().newestId()).isEqualTo("117020580518794573");
        assertThat(server.requests("/api/v1/accounts/lookup").get(0).pathAndQuery())
                .contains("acct=mastodonpy_test");

        // next poll: min_id from the cursor, then Link rel="prev" until an empty page; no second lookup
        FetchResult second = connector.fetch(source(), first.cursor());
        assertThat(second.posts()).isEmpty();
        assertThat(server.requests("/api/v1/accounts/lookup")).hasSize(1);
        assertThat(server.requests(STATUSES).get(1).pathAndQuery()).contains("min_id=117020580518794573");
        assertThat(server.requests(STATUSES).get(2).pathAndQuery()).contains("min_id=117020580518794573");
        assertThat(second.cursor().newestId()).isEqualTo("117020580518794573");
    }

    @Test
    void repliesAreMarkedAndHtmlBecomesTextWithoutMentionLinks() throws Exception {
        server.on(
                "/api/v1/accounts/42/statuses",
                ok("application/json; charset=utf-8", Fixtures.bytes("synthetic/arabic-mastodon-statuses.json")));
        FetchResult r = connector.fetch(source(), Cursor.EMPTY.withAccountId("42"));
        assertThat(r.posts()).hasSize(2);
        Post denial = r.posts().get(0);
        assertThat(denial.text())
                .startsWith("أنفي ما تم تداوله")
                .contains("\nشكراً.")
                .doesNotContain("<");
        assertThat(denial.links()).containsExactly("https://times.example.com/");
        assertThat(denial.lang()).isEqualTo("ar");
        assertThat(denial.account().name()).isEqualTo("د. مثال");
        assertThat(r.posts().get(1).replyTo()).isEqualTo(denial.id());
    }

    @Test
    void legacyTimelineWithRepliesAndShortIds() throws Exception {
        server.on(
                "/api/v1/accounts/7/statuses",
                ok("application/json", Fixtures.bytes("mastodon/legacy-2017-tag-timeline-bigbone.json")));
        FetchResult r = connector.fetch(source(), Cursor.EMPTY.withAccountId("7"));
        assertThat(r.posts()).hasSize(20);
        assertThat(r.posts().stream().filter(p -> p.replyTo() != null)).hasSize(8);
        assertThat(r.cursor().newestId()).isEqualTo("714859");
        assertThat(r.posts()).allSatisfy(p -> assertThat(p.text()).doesNotContain("<p>"));
    }
}
