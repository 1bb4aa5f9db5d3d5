package io.denialwatch.sink.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.denialwatch.common.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistake in the webhooks file is a user's mistake: one line with the file (and line), no stack trace. */
class WebhookConfigTest {
    @TempDir
    Path dir;

    @Test
    void mistakesNameTheFile() throws Exception {
        assertThatThrownBy(() -> WebhookConfig.load(dir.resolve("none.yaml")))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("none.yaml: no such webhooks file");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "targets:\n  - name: a\n   url: x\n");
        assertThatThrownBy(() -> WebhookConfig.load(bad))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(bad + ":3: not valid YAML");
        Path noUrl = Files.writeString(dir.resolve("nourl.yaml"), "targets:\n  - name: a\n");
        assertThatThrownBy(() -> WebhookConfig.load(noUrl))
                .isInstanceOf(UserError.class)
                .hasMessage(noUrl + ": webhook a has no url");
        Path good =
                Files.writeString(dir.resolve("good.yaml"), "targets:\n  - name: a\n    url: https://example.org/h\n");
        assertThat(WebhookConfig.load(good)).hasSize(1);
    }
}
