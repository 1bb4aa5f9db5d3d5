package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A company named by the one distinctive word of its watched name, in English, French and Arabic. */
class CompanyShortFormsTest {

    private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.parse("""
            persons:
              - {id: michael-bloomberg, name: Michael Bloomberg}
            organizations:
              - {id: reliance-industries, name: Reliance Industries Limited}
              - {id: saudi-aramco, name: Saudi Aramco}
              - {id: samsung-electronics, name: Samsung Electronics}
              - {id: real-madrid, name: Real Madrid CF}
              - {id: manchester-united, name: Manchester United F.C.}
              - {id: bloomberg-news, name: Bloomberg News}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Reliance said in a statement that the report was speculative.|reliance-industries",
                "India's Reliance denied it was in talks to buy the stake.|reliance-industries",
                "Aramco declined to comment on the report.|saudi-aramco",
                "Le géant pétrolier Aramco a démenti ces informations.|saudi-aramco",
                "نفت شركة أرامكو السعودية صحة التقارير المتداولة.|saudi-aramco",
                "Samsung denied the report on Tuesday.|samsung-electronics",
                // the word in lower case is the common noun
                "Its reliance on imports rose sharply, the ministry said.|''",
                // names whose words are all common words or places give none
                "Madrid denied the report.|''",
                "Fans in Manchester celebrated.|''",
                // a word of a watched person's name is the person's
                "Bloomberg said he would not run.|''",
            })
    void aCompanyByItsDistinctiveWord(String text, String ids) {
        assertThat(NamedOrganizations.ids(RESOLVER, text)).isEqualTo(ids);
    }

    @Test
    void theDistinctiveWordIsTheOneUncommonWord() {
        assertThat(OrganizationForms.distinctiveWord(List.of("Reliance", "Industries")))
                .isEqualTo("Reliance");
        assertThat(OrganizationForms.distinctiveWord(List.of("Saudi", "Aramco")))
                .isEqualTo("Aramco");
        assertThat(OrganizationForms.distinctiveWord(List.of("Real", "Madrid")))
                .as("a city and a common word")
                .isNull();
        assertThat(OrganizationForms.distinctiveWord(List.of("Samsung")))
                .as("one word is the name itself")
                .isNull();
        assertThat(OrganizationForms.distinctiveWord(List.of("Adani", "Hindenburg", "Research")))
                .as("two uncommon words: which one the texts use is unknown")
                .isNull();
    }
}
