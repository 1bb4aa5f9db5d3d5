package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Denier;
import io.denialwatch.common.model.Post;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The denier is the watched entity when one matches, with how it was found; else the account or the office as named. */
class DenierTest {
    private final MultilingualAnalyzer analyzer = new MultilingualAnalyzer(EntityResolverTest.WATCH_LIST);

    private Denier denier(String day, String text, Account account) {
        Analysis a = analyzer.analyze(Post.of("t:" + day, "test", Instant.parse(day + "T10:00:00Z"), account, text));
        assertThat(a.isDenial()).as(text).isTrue();
        return a.denier();
    }

    private static String described(Denier d) {
        return d.name() + " / " + d.kind() + " / " + d.id() + " / " + d.how();
    }

    @Test
    void anOrganisationsOwnAccountIsTheOrganisation() {
        Account acme = new Account("x:AcmeBank", "AcmeBank", "ACME official", AccountKind.OFFICIAL);
        assertThat(described(denier(
                        "2025-11-12",
                        "We categorically deny the false reports that we moved our reserves abroad.",
                        acme)))
                .isEqualTo("Acme Bank / office / acme-bank / account of Acme Bank");
    }

    @Test
    void aSpokespersonIsSaidToBeOneOnTheDaysTheySpeakFor() {
        Account jane = new Account("x:janespeaker", "janespeaker", "Jane Speaker", AccountKind.PERSON);
        String text = "I categorically deny the false reports about our reserves.";
        assertThat(described(denier("2025-06-01", text, jane)))
                .isEqualTo("Jane Speaker / self / jane-speaker / spokesperson of Acme Bank");
        assertThat(denier("2026-06-01", text, jane).how()).isEqualTo("account");
    }

    @Test
    void aDenierInTheTextIsNamedOrTheHolderOfTheOfficeNamed() {
        assertThat(described(denier("2021-04-26", "Boris Johnson denied the reports about Acme Bank.", null)))
                .isEqualTo("Boris Johnson / reported / boris-johnson / named");
        assertThat(denier("2021-04-26", "Downing Street denied the report on Monday.", null))
                .extracting(Denier::id, Denier::how)
                .containsExactly("boris-johnson", "office holder on 2021-04-26");
    }

    @Test
    void anUnwatchedDenierIsTheAccountWithNoHow() {
        Account someone = new Account("x:someone", "someone", "Some One", AccountKind.PERSON);
        assertThat(described(denier("2025-06-01", "I categorically deny the false reports about me.", someone)))
                .isEqualTo("Some One / self / null / null");
    }
}
