package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationFormsTest {

    @Test
    void aLegalDesignatorIsLeftOutUnlessACommonWordAloneWouldRemain() {
        assertThat(OrganizationForms.withoutDesignators("Nissan Motor Co.")).isEqualTo("Nissan Motor");
        assertThat(OrganizationForms.withoutDesignators("Dow Jones & Company")).isEqualTo("Dow Jones");
        assertThat(OrganizationForms.withoutDesignators("Acme, Inc.")).isEqualTo("Acme");
        assertThat(OrganizationForms.withoutDesignators("Borealis AG")).isEqualTo("Borealis");
        assertThat(OrganizationForms.withoutDesignators("News Corp")).isEqualTo("News Corp");
    }

    @Test
    void aWordWithACapitalInsideIsNoCommonWord() {
        assertThat(OrganizationForms.withoutDesignators("BlackBerry Limited")).isEqualTo("BlackBerry");
        assertThat(OrganizationForms.withoutDesignators("Blackberry Limited")).isEqualTo("Blackberry Limited");
    }

    @Test
    void aClubsDesignatorOnlyWhenTwoWordsOrMoreRemain() {
        assertThat(OrganizationForms.withoutDesignators("Manchester United F.C."))
                .isEqualTo("Manchester United");
        assertThat(OrganizationForms.withoutDesignators("Al Hilal SFC")).isEqualTo("Al Hilal");
        assertThat(OrganizationForms.withoutDesignators("Paris FC")).isEqualTo("Paris FC");
        assertThat(OrganizationForms.withoutDesignators("FC Barcelona")).isEqualTo("FC Barcelona");
    }

    @Test
    void initialsOfCapitalisedWords() {
        assertThat(OrganizationForms.acronym("International Monetary Fund")).isEqualTo("IMF");
        assertThat(OrganizationForms.acronym("Board of Control for Cricket in India"))
                .isEqualTo("BCCI");
        assertThat(OrganizationForms.acronym("Paris Saint-Germain")).isEqualTo("PSG");
        assertThat(OrganizationForms.acronym("Lille OSC")).isEqualTo("LOSC");
        assertThat(OrganizationForms.acronym("1Malaysia Development Berhad")).isEqualTo("1MDB");
        assertThat(OrganizationForms.acronym("Bank of Italy"))
                .as("two letters say too little")
                .isNull();
        assertThat(OrganizationForms.acronym("Izz ad-Din al-Qassam Brigades"))
                .as("a word in lower case")
                .isNull();
    }

    @Test
    void theFormsOfAName() {
        assertThat(OrganizationForms.of("Paris Saint-Germain F.C.", n -> false))
                .contains("Paris Saint-Germain", "PSG")
                .doesNotContain("Paris Saint-Germain F.C.");
        assertThat(OrganizationForms.of("India", n -> false)).contains("Inde", "الهند");
        assertThat(OrganizationForms.of("Government of Russia", n -> false))
                .contains("government of Russia", "Russia's government")
                .doesNotContain("Russia");
        assertThat(OrganizationForms.of("Government of Cuba", "Cuba"::equals)).isEmpty();
    }

    @Test
    void aMinistryOfAnyKindIsNamedWithItsCountrysAdjective() {
        assertThat(OrganizationForms.of("Ministry of Health (Egypt)", n -> false))
                .contains("Egyptian health ministry", "ministère égyptien de la santé", "وزارة الصحة المصرية");
        assertThat(OrganizationForms.of("Ministry of Justice of Mali", n -> false))
                .contains("ministère de la justice malien");
    }

    @Test
    void aMinistryNamedForMoreThanItsKindIsItsKinds() {
        assertThat(OrganizationForms.of("Ministry of Health and Population (Egypt)", n -> false))
                .contains("وزارة الصحة المصرية");
    }

    @Test
    void anArmyOrPoliceOpeningWithItsCountrysAdjectiveOrNameIsNamedSo() {
        assertThat(OrganizationForms.of("Sudanese Armed Forces", n -> false))
                .contains("الجيش السوداني", "armée soudanaise", "Sudanese army");
        assertThat(OrganizationForms.of("Israel Defense Forces", n -> false))
                .contains("الجيش الإسرائيلي", "armée israélienne", "Israeli military");
        assertThat(OrganizationForms.of("Nigeria Police Force", n -> false)).contains("Nigerian police");
    }

    @Test
    void aBodyIsNamedByItsOwnSeat() {
        assertThat(OrganizationForms.of("United States Department of Defense", n -> false))
                .contains("the Pentagon", "le Pentagone", "البنتاغون");
    }
}
