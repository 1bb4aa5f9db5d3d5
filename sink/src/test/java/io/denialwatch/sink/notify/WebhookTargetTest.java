package io.denialwatch.sink.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.sink.Alerts;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookTargetTest {
    private final WebhookTarget all = new WebhookTarget(
            "all",
            URI.create("https://chat.example.org/hook"),
            WebhookTarget.Format.JSON,
            Set.of(),
            Set.of(),
            0,
            3,
            Duration.ofSeconds(1));

    @Test
    void aHeldReportIsToldWhenReleasedAndAFoldedOneNever() {
        Alert a = Alerts.simple("r1", 1, "He denied it, his office said.");
        Alert held = Alerts.held(a, "a news report of a denial", Instant.parse("2025-03-01T10:01:00Z"));
        Alert folded = Alerts.folded(a, "d1-alert");
        assertThat(all.wants(held)).isFalse();
        assertThat(all.wants(folded)).isFalse();
        assertThat(all.wants(a)).isTrue();
    }

    @Test
    void aTargetForAnEntityIsToldOfEveryAlertThatConcernsIt() {
        WebhookTarget bankDesk = new WebhookTarget(
                "bank",
                URI.create("https://chat.example.org/hook"),
                WebhookTarget.Format.JSON,
                Set.of("acme-bank"),
                Set.of(),
                0,
                3,
                Duration.ofSeconds(1));
        Alert a = Alerts.simple("r1", 1, "We deny that the bank sold its stake.");
        Alert alsoTheBank = a.alsoConcerning(List.of(
                new PersonRef("acme-bank", "Acme Bank", "the denier (Rami Khoury) is spokesperson of Acme Bank")));
        assertThat(bankDesk.wants(a)).isFalse();
        assertThat(bankDesk.wants(alsoTheBank)).isTrue();
    }
}
