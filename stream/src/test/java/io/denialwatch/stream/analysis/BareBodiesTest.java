package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A country's body named without its country is the one watched body of its kind whose country
 * the post names or reports from.
 */
class BareBodiesTest {

    private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.parse("""
            organizations:
              - {id: egypt-health, name: Ministry of Health and Population (Egypt)}
              - {id: morocco-health, name: Ministry of Health (Morocco)}
              - {id: government-of-kenya, name: Government of Kenya}
              - {id: presidency-of-senegal, name: Presidency of Senegal}
              - {id: pakistan-mfa, name: Ministry of Foreign Affairs (Pakistan)}
            """));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the country named elsewhere in the post
                "نفت وزارة الصحة ما تداولته المواقع المصرية عن انتشار الفيروس.|''|egypt-health",
                // the country named right after it, whatever other country the post names
                "نفت وزارة الصحة في مصر ما نشرته الصحف المغربية.|''|egypt-health",
                "Au Maroc, le ministère de la Santé a démenti ces informations.|''|morocco-health",
                // the country the post reports from, by its web address
                "The Health Ministry said the reports were false.|https://www.hespress.ma/x|morocco-health",
                "La présidence de la République a démenti.|https://www.seneweb.sn/x|presidency-of-senegal",
                "The government on Tuesday denied the report.|https://www.nation.co.ke/x|government-of-kenya",
                "The Foreign Office rejected the Indian media reports.|https://www.dawn.pk/x|pakistan-mfa",
                // two countries with a watched body of the kind: neither
                "The Health Ministry denied reports from Egypt and Morocco.|''|''",
                // no country: none
                "The Health Ministry said the reports were false.|''|''",
                // another country's body
                "نفت وزارة الصحة اللبنانية ما تداولته مواقع مصرية.|''|''",
                "Lebanon's health ministry denied reports from Egypt.|''|''",
                // a government only where it speaks, and not one named after its leader
                "Critics of the government said the report was accurate.|https://www.nation.co.ke/x|''",
                "Le gouvernement Legault a démenti.|https://www.nation.co.ke/x|''",
            })
    void aBareBodyIsTheOneOfItsKindThePostsCountryHas(String text, String url, String expected) {
        String found = String.join(
                ",",
                RESOLVER
                        .find(
                                Tokens.of(TextFold.mapped(text)),
                                LocalDate.parse("2024-01-01"),
                                null,
                                url.isEmpty() ? null : url)
                        .organizations()
                        .stream()
                        .map(m -> m.organization().id())
                        .toList());
        assertThat(found).isEqualTo(expected);
    }
}
