package io.denialwatch.sink.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Alert;
import io.denialwatch.common.model.Denial;
import io.denialwatch.common.model.Denier;
import io.denialwatch.common.model.Held;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.sink.Alerts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The terminal's line says who denies and how they were found, how the denial concerns the person, and why it waits. */
class AlertLineTest {
    private static final Alert BASE = Alerts.simple("a8d7f1d507dc8752271c02b0b936117d", 1, "We deny it.");

    private static Alert with(int revision, PersonRef person, Denier denier, Held held, String foldedInto) {
        Denial d = BASE.denial();
        return new Alert(
                BASE.alertId(),
                revision,
                person,
                new Denial(d.postId(), d.post(), denier, d.cues(), d.score(), d.lang(), d.outlets()),
                BASE.stories(),
                BASE.createdAt(),
                BASE.flags(),
                null,
                held,
                foldedInto);
    }

    @Test
    void theDenierAndTheLinkSayHowTheyWereMade() {
        String line = AlertLine.of(with(
                1,
                new PersonRef(
                        "ahmed-al-sharaa",
                        "Ahmed al-Sharaa",
                        "the denier (Syrian Presidency) speaks for Ahmed al-Sharaa"),
                new Denier("Syrian Presidency", "office", "syrian-presidency", "account of Syrian Presidency"),
                null,
                null));
        assertThat(line)
                .startsWith(
                        "ALERT a8d7f1d5 r1 | Ahmed al-Sharaa (the denier (Syrian Presidency) speaks for Ahmed al-Sharaa)"
                                + " | denied by Syrian Presidency (office, account of Syrian Presidency) | ")
                .doesNotContain("held", "folded");
    }

    @Test
    void aHeldReportSaysUntilWhenAndAFoldedOneWhereItWent() {
        Held held = new Held("a news report of a denial", Instant.parse("2025-11-15T09:01:00Z"));
        assertThat(AlertLine.of(with(0, BASE.person(), BASE.denial().denier(), held, null)))
                .startsWith("ALERT a8d7f1d5 r0 | Person One | denied by Person One (self) | ")
                .endsWith(" | held until 2025-11-15 09:01:00 UTC for the first-hand denial");
        assertThat(AlertLine.of(with(1, BASE.person(), BASE.denial().denier(), null, "0123456789abcdef")))
                .endsWith(" | folded into 01234567");
    }
}
