package io.denialwatch.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.AccountKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesFileTest {
    @Test
    void theExampleFileLoads() throws Exception {
        Path example = Path.of("..", "config", "sources.example.yaml");
        List<SourceDefinition> sources = SourcesFile.load(example);
        assertThat(sources).extracting(SourceDefinition::kind).contains(SourceKind.values());
        SourceDefinition x = sources.stream()
                .filter(s -> s.kind() == SourceKind.X)
                .findFirst()
                .orElseThrow();
        assertThat(x.effectiveInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(sources).anySatisfy(s -> assertThat(s.enabled()).isFalse());
    }

    @Test
    void definitionsRoundTripThroughJson() throws Exception {
        SourceDefinition d = new SourceDefinition(
                "a",
                SourceKind.BLUESKY,
                null,
                "x.bsky.social",
                AccountKind.OFFICIAL,
                "Someone",
                Duration.ofSeconds(90),
                true);
        assertThat(Json.read(Json.writeBytes(d), SourceDefinition.class)).isEqualTo(d);
        assertThat(Json.write(d)).contains("\"kind\":\"bluesky\"").contains("\"account_kind\":\"official\"");
    }

    @Test
    void mistakesNameTheEntry() {
        assertThatThrownBy(() ->
                        SourcesFile.parse("sources:\n  - id: a\n    kind: gopher\n    url: http://x/\n", "f.yaml"))
                .hasMessageContaining("f.yaml entry 1 (a)")
                .hasMessageContaining("unknown source kind");
        assertThatThrownBy(() -> SourcesFile.parse("sources:\n  - id: a\n    kind: rss\n", "f.yaml"))
                .hasMessageContaining("needs a url or a handle");
        assertThatThrownBy(() -> SourcesFile.parse(
                        "sources:\n  - {id: a, kind: rss, url: u}\n  - {id: a, kind: rss, url: v}\n", "f"))
                .hasMessageContaining("duplicate id 'a'");
        assertThatThrownBy(
                        () -> SourcesFile.parse("sources:\n  - {id: a, kind: rss, url: u, account_kind: king}\n", "f"))
                .hasMessageContaining("account_kind");
        assertThatThrownBy(() -> SourcesFile.parse("feeds: []\n", "f")).hasMessageContaining("'sources:'");
    }
}
