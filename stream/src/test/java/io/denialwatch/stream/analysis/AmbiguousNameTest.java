package io.denialwatch.stream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.PersonMention;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.names.PersonResolver;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A surname two watched persons share is decided by the rest of the post (a fuller mention, an
 * office held that day, a linked organisation, the account), and when nothing decides, every
 * candidate is concerned with all of them listed, instead of the name being dropped.
 */
class AmbiguousNameTest {

    private static final Gazetteer WATCH_LIST = Gazetteer.parse("""
            persons:
              - {id: lionel-messi, name: Lionel Messi}
              - {id: jorge-messi, name: Jorge Messi}
              - {id: nawaz-sharif, name: Nawaz Sharif}
              - {id: shehbaz-sharif, name: Shehbaz Sharif}
              - {id: meghan, name: Meghan}
              - {id: tom-barrack, name: Thomas J. Barrack}
            organizations:
              - id: inter-miami
                name: Inter Miami
                accounts: [x:InterMiamiCF]
                speaks_for: [lionel-messi]
              - {id: pakistan, name: Pakistan}
            roles:
              - id: pakistan-prime-minister
                name: Prime Minister of Pakistan
                titles: [prime minister]
                of: pakistan
                holders:
                  - {person: nawaz-sharif, from: 2013-06-05, to: 2017-07-28}
                  - {person: shehbaz-sharif, from: 2022-04-11}
            """);

    private final MultilingualAnalyzer analyzer = new MultilingualAnalyzer(WATCH_LIST);

    private Analysis analyze(String day, String text, Account account) {
        return analyzer.analyze(Post.of("t:" + day, "test", Instant.parse(day + "T10:00:00Z"), account, text));
    }

    private Analysis analyzeAt(String url, String text) {
        return analyzer.analyze(Posts.at(url, "2024-05-02", text));
    }

    private static List<String> persons(Analysis a) {
        return a.persons().stream().map(m -> m.id() + " (" + m.how() + ")").toList();
    }

    @Test
    void aFullerMentionElsewhereInThePostDecides() {
        Analysis a = analyze("2024-05-02", "Jorge Messi met the club. Messi denied the report of a transfer.", null);
        assertThat(persons(a)).containsExactly("jorge-messi (alias)");
    }

    @Test
    void anOfficeThePostNamesDecidesByWhoHeldItThatDay() {
        String text = "The prime minister, Sharif, denied reports that he had resigned.";
        assertThat(persons(analyze("2015-03-01", text, null)))
                .containsExactly("nawaz-sharif (surname, holds an office the post names)");
        assertThat(persons(analyze("2023-03-01", text, null)))
                .containsExactly("shehbaz-sharif (surname, holds an office the post names)");
    }

    /** An office whose place no post below names: its title and seat still point to its holder. */
    private final MultilingualAnalyzer trumps = new MultilingualAnalyzer(Gazetteer.parse("""
            persons: [{id: donald-trump, name: Donald Trump}, {id: ivanka-trump, name: Ivanka Trump}]
            roles:
              - {id: us-president, name: President of the United States,
                 holders: [{person: donald-trump, from: 2017-01-20, to: 2021-01-20}]}
            """));

    @Test
    void aTitleOrSeatOfAnOfficeOneCandidateHeldThatDayDecidesWhateverThePlace() {
        String how = "donald-trump (surname, holds an office the post names)";
        assertThat(persons(trumps.analyze(post("2018-03-26", "The White House said Trump was not involved."))))
                .containsExactly(how);
        assertThat(persons(
                        trumps.analyze(post("2017-06-22", "Trump has not denied it. The president spoke on Friday."))))
                .containsExactly(how);
        assertThat(persons(trumps.analyze(post("2018-03-26", "Le président Trump dément."))))
                .containsExactly(how);
        // not holding it that day, or the words make it someone else's: the office named decides nothing
        assertThat(persons(trumps.analyze(post("2023-03-26", "The White House said Trump was not involved."))))
                .allMatch(p -> p.contains("ambiguous: 2"));
        assertThat(persons(trumps.analyze(post("2018-03-26", "The former president said Trump was not involved."))))
                .noneMatch(p -> p.contains("the post names"));
        // "white house" in lower case is a house, not the seat
        assertThat(persons(trumps.analyze(post("2018-03-26", "A white house near Trump's club was sold."))))
                .noneMatch(p -> p.contains("the post names"));
    }

    @Test
    void whenNothingElseDecidesTheOneCandidateHoldingAnOfficeThatDayIsMeant() {
        String how = "donald-trump (surname, the one holding an office that day)";
        assertThat(persons(trumps.analyze(post("2018-03-26", "Trump denied the report on Twitter."))))
                .containsExactly(how);
        assertThat(persons(trumps.analyze(post("2018-03-26", "Trump’s lawyer denied the report."))))
                .containsExactly(how);
        // no candidate in office that day: nothing to go by
        assertThat(persons(trumps.analyze(post("2023-03-26", "Trump denied the report on Twitter."))))
                .allMatch(p -> p.contains("ambiguous: 2"))
                .hasSize(2);
        // after "the" the surname names a body or an era, not the person
        assertThat(persons(trumps.analyze(post("2018-03-26", "The Trump administration denied the visa."))))
                .allMatch(p -> p.contains("ambiguous: 2"));
        // two candidates in office that day: neither is chosen by it
        MultilingualAnalyzer twoInOffice = new MultilingualAnalyzer(Gazetteer.parse("""
                persons: [{id: donald-trump, name: Donald Trump}, {id: ivanka-trump, name: Ivanka Trump}]
                roles:
                  - {id: us-president, name: President of the United States,
                     holders: [{person: donald-trump, from: 2017-01-20, to: 2021-01-20}]}
                  - {id: us-adviser, name: Senior Advisor to the President of the United States,
                     holders: [{person: ivanka-trump, from: 2017-03-29, to: 2021-01-20}]}
                """));
        assertThat(persons(twoInOffice.analyze(post("2018-03-26", "Trump denied the report on Twitter."))))
                .allMatch(p -> p.contains("ambiguous: 2"));
    }

    @Test
    void aTitleRightBeforeTheNameDecidesByWhoEverHeldItsOffice() {
        String how = "donald-trump (surname, held the office its title names)";
        // years after the term, and with no other office in the post: the title says which bearer
        assertThat(persons(trumps.analyze(post("2024-03-26", "President Trump denied the report."))))
                .containsExactly(how);
        assertThat(persons(trumps.analyze(post("2024-03-26", "Le président Trump a démenti."))))
                .containsExactly(how);
        // the title apart from the name, after a comma or with words between, says nothing of it
        assertThat(persons(trumps.analyze(post("2024-03-26", "The president, Trump said, denied it."))))
                .allMatch(p -> p.contains("ambiguous: 2"));
        assertThat(persons(trumps.analyze(post("2024-03-26", "The president met Trump, who denied it."))))
                .allMatch(p -> p.contains("ambiguous: 2"));
    }

    private static Post post(String day, String text) {
        return Posts.at(null, day, text);
    }

    @Test
    void anOrganisationThePostNamesDecidesByWhomItSpeaksFor() {
        Analysis a = analyze("2024-05-02", "Inter Miami denied that Messi will leave in the summer.", null);
        assertThat(persons(a)).contains("lionel-messi (surname, linked to an organisation the post names)");
        assertThat(persons(a)).noneMatch(p -> p.startsWith("jorge-messi"));
    }

    @Test
    void theAccountDecidesWhenItSpeaksForOneCandidate() {
        Account club = new Account("x:InterMiamiCF", "InterMiamiCF", "Club", AccountKind.OFFICIAL);
        Analysis a = analyze("2024-05-02", "Messi is going nowhere.", club);
        assertThat(persons(a)).contains("lionel-messi (surname, the post's account)");
        assertThat(persons(a)).noneMatch(p -> p.startsWith("jorge-messi"));
    }

    @Test
    void theFullNameInThePostsAddressDecides() {
        assertThat(persons(analyzeAt(
                        "https://example.com/sport/2024/05/02/lionel-messi-camp-deny-move/",
                        "Messi's camp denied the report of a transfer.")))
                .containsExactly("lionel-messi (surname, named in full in the post's address)");
        // a possessive glued to the surname, a percent-escaped accent, an initial left out
        assertThat(persons(analyzeAt(
                        "https://example.com/news/jorge-messis-statement", "Messi said the report was false.")))
                .containsExactly("jorge-messi (surname, named in full in the post's address)");
        assertThat(persons(analyzeAt("https://example.com/n/j%C3%B3rge-messi", "Messi said the report was false.")))
                .containsExactly("jorge-messi (surname, named in full in the post's address)");
        MultilingualAnalyzer bushes = new MultilingualAnalyzer(Gazetteer.parse("""
                persons:
                  - {id: george-w-bush, name: George W. Bush}
                  - {id: jeb-bush, name: Jeb Bush}
                """));
        Post post = Posts.at(
                "https://example.com/2017/02/09/george-bush-is-publishing-a-book/",
                "2017-02-09",
                "Bush spent much of 2016 painting portraits.");
        assertThat(persons(bushes.analyze(post)))
                .containsExactly("george-w-bush (surname, named in full in the post's address)");
    }

    @Test
    void theAddressDecidesNothingWithTheSurnameAloneOrAfterTheTextHasDecided() {
        assertThat(persons(analyzeAt("https://example.com/n/messi-denies-report", "Messi denied the report.")))
                .allMatch(p -> p.contains("ambiguous: 2"))
                .hasSize(2);
        // the host names the site, not the story
        assertThat(persons(analyzeAt("https://lionel-messi.example.com/n/1", "Messi denied the report.")))
                .hasSize(2);
        assertThat(persons(analyzeAt(
                        "https://example.com/n/lionel-messi-denies", "Jorge Messi met the club. Messi denied it.")))
                .containsExactly("jorge-messi (alias)");
    }

    @Test
    void whenNothingDecidesEveryCandidateIsConcernedWithAllOfThemListed() {
        Analysis a = analyze("2024-05-02", "Messi denied the report that he is leaving.", null);
        List<PersonRef> both =
                List.of(new PersonRef("lionel-messi", "Lionel Messi"), new PersonRef("jorge-messi", "Jorge Messi"));
        assertThat(a.isDenial()).isTrue();
        assertThat(a.persons())
                .extracting(PersonMention::id, PersonMention::how, PersonMention::candidates)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "lionel-messi", "ambiguous: 2 watched people of that name", both),
                        org.assertj.core.groups.Tuple.tuple(
                                "jorge-messi", "ambiguous: 2 watched people of that name", both));
        assertThat(a.persons()).allMatch(PersonMention::undecided);
    }

    @Test
    void aNameMoreThanFiveWatchedPeopleShareIsNoGuessAtAll() {
        StringBuilder yaml = new StringBuilder("persons:\n");
        String[] given = {"Anna", "Berta", "Carl", "Dora", "Emil", "Fritz"};
        for (String g : given) {
            yaml.append("  - {id: ")
                    .append(g.toLowerCase())
                    .append("-kowalczyk, name: ")
                    .append(g)
                    .append(" Kowalczyk}\n");
        }
        MultilingualAnalyzer six = new MultilingualAnalyzer(Gazetteer.parse(yaml.toString()));
        MultilingualAnalyzer five =
                new MultilingualAnalyzer(Gazetteer.parse(yaml.substring(0, yaml.lastIndexOf("  - "))));
        Post post = Post.of(
                "t:k",
                "test",
                Instant.parse("2024-05-02T10:00:00Z"),
                null,
                "Kowalczyk denied the report that he is leaving.");

        assertThat(six.analyze(post).persons()).isEmpty();
        assertThat(five.analyze(post).persons()).hasSize(5).allMatch(PersonMention::undecided);
    }

    @Test
    void aNameSpannedByAFullNameLeavesNoAmbiguity() {
        PersonResolver resolver = new PersonResolver(WATCH_LIST);
        var found = resolver.names(Tokens.of(TextFold.mapped("Lionel Messi denied it.")));
        assertThat(found.ambiguous()).isEmpty();
        assertThat(found.persons()).extracting(m -> m.person().id()).containsExactly("lionel-messi");
    }

    @Test
    void aOneWordNameFollowedByItsUnwatchedSurnameIsThePerson() {
        assertThat(persons(analyze(
                        "2021-03-03", "Meghan Markle's representatives have denied claims she bullied staff.", null)))
                .containsExactly("meghan (surname)");
        // the next word someone's surname, or a common word: another name, or a sentence going on
        assertThat(persons(analyze("2021-03-03", "Barack Obama denied it.", null)))
                .isEmpty();
        assertThat(persons(analyze("2021-03-03", "Meghan Says she never did.", null)))
                .isEmpty();
    }
}
