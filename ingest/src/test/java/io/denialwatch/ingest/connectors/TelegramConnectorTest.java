package io.denialwatch.ingest.connectors;

import static io.denialwatch.ingest.FixtureServer.ok;
import static io.denialwatch.ingest.FixtureServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import io.denialwatch.ingest.FixtureServer;
import io.denialwatch.ingest.Fixtures;
import io.denialwatch.ingest.TestHttp;
import io.denialwatch.ingest.model.Cursor;
import io.denialwatch.ingest.model.FetchException;
import io.denialwatch.ingest.model.FetchException.Failure;
import io.denialwatch.ingest.model.FetchResult;
import io.denialwatch.ingest.model.SourceDefinition;
import io.denialwatch.ingest.model.SourceKind;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramConnectorTest {
    private static final String HTML = "text/html; charset=utf-8";
    private final FixtureServer server = new FixtureServer();
    private final TelegramConnector connector = new TelegramConnector(TestHttp.client(), Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    private SourceDefinition source(String channel) {
        return new SourceDefinition(
                "t1", SourceKind.TELEGRAM, server.base(), channel, AccountKind.OFFICIAL, null, null, true);
    }

    @Test
    void readsAChannelPreviewPage() throws Exception {
        server.on("/s/topwar_official", ok(HTML, Fixtures.bytes("telegram/t.me-s-topwar_official-before-71009.html")));
        FetchResult r = connector.fetch(source("topwar_official"), Cursor.EMPTY);
        assertThat(r.posts()).hasSize(12);
        Post first = r.posts().get(0);
        assertThat(first.id()).isEqualTo("telegram:topwar_official/70989");
        assertThat(first.url()).isEqualTo("https://t.me/topwar_official/70989");
        assertThat(r.posts())
                .allSatisfy(p -> assertThat(p.publishedAt()).isBefore(Instant.parse("2023-03-01T00:00:00Z")));
        assertThat(r.posts()).anySatisfy(p -> assertThat(p.text()).containsPattern("\\p{IsCyrillic}{4,}"));
        assertThat(r.posts().stream().filter(p -> p.repostOf() != null)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(r.posts()).anySatisfy(p -> assertThat(p.repostOf()).isEqualTo("telegram:vysokygovorit/10899"));
        assertThat(r.cursor().newestId()).isEqualTo("71008");
    }

    @Test
    void walksBackWithBeforeUntilTheLastSeenId() throws Exception {
        // newest page starts above the stored id, so the connector asks for ?before=<smallest on page>
        server.on("/s/example_office", ok(HTML, Fixtures.bytes("synthetic/arabic-telegram.html")));
        FetchResult r = connector.fetch(source("example_office"), Cursor.EMPTY.withNewestId("400"));
        assertThat(server.requests("/s/example_office")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(server.requests("/s/example_office").get(1).pathAndQuery()).endsWith("?before=501");
        assertThat(r.posts())
                .extracting(Post::id)
                .containsExactly("telegram:example_office/501", "telegram:example_office/503");
        Post denial = r.posts().get(0);
        assertThat(denial.text()).startsWith("نؤكد عدم صحة المعلومات").contains("\nللمزيد: البيان");
        assertThat(denial.links()).containsExactly("https://office.example.gov/statement");
        assertThat(denial.account().name()).isEqualTo("المكتب الإعلامي (تجريبي)");
        assertThat(r.posts().get(1).repostOf()).isEqualTo("telegram:example_tv/77");

        FetchResult again = connector.fetch(source("example_office"), r.cursor());
        assertThat(again.posts()).isEmpty();
    }

    @Test
    void aChannelWithoutPreviewRedirectsAndIsReported() {
        server.on("/s/somegroup", status(302, "Location", "/somegroup"))
                .on("/somegroup", ok(HTML, "<html><body>group</body></html>".getBytes()));
        assertThatThrownBy(() -> connector.fetch(source("somegroup"), Cursor.EMPTY))
                .isInstanceOf(FetchException.class)
                .satisfies(e -> assertThat(((FetchException) e).failure()).isEqualTo(Failure.NOT_A_FEED));
    }
}
