package io.denialwatch.stream.analysis.names;

import io.denialwatch.common.gazetteer.AccountKeys;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.NameKeys;
import io.denialwatch.common.text.Scripts;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.common.text.WordMemo;
import io.denialwatch.stream.analysis.text.PhraseIndex;
import io.denialwatch.stream.analysis.text.PhraseIndex.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds watched persons in a text, in any script and spelling, from a gazetteer that may give
 * nothing but a Latin name. Every name and alias is indexed at construction by the consonant
 * skeleton of its surname ({@link NameKeys}) and by given-name-plus-surname skeletons, so a post
 * costs a few hash look-ups per word whether the gazetteer holds ten persons or ten thousand.
 *
 * <p>A surname with a given name before it (any of the person's given names, in any script) is a
 * full match. A surname alone is accepted only when it is distinctive: no other watched person
 * shares its skeleton, it is capitalised (Latin), it is no common word ({@link CommonWords}) unless
 * spelled as the name (Latin) or after a title (Arabic), it carries the article when the watched
 * name does (الشرع for al-Sharaa; a bare three-letter skeleton would hit common words), and a
 * Latin spelling must agree with its vowels, not only its skeleton.
 */
public final class PersonResolver {

    private static final int MIN_SKELETON = 2;
    /**
     * Surnames of one consonant (Ali, Issa, Eid, Aoun) are indexed too, but match only after a
     * given name: alone they would hit common words.
     */
    private static final int MIN_INDEXED_SKELETON = 1;
    /** How far before an Arabic surname a title may stand: the office and a given name may sit between. */
    private static final int TITLE_REACH = 4;
    /**
     * A surname skeleton this long may differ in one consonant from the watched one when the
     * person's given name stands before it: transliterations of one Arabic name part
     * (Hassanein, Hassasin, حساسين) differ in one consonant at most as often as not, and a given
     * name and four shared consonants are rarely a coincidence.
     */
    private static final int NEAR_SKELETON = 4;
    /** Without the article, an Arabic surname alone needs this many consonants to be trusted. */
    private static final int MIN_BARE_SKELETON = 3;
    /** A capitalised Latin surname with this many consonants is distinctive in any spelling (Netanyahou). */
    private static final int LONG_SKELETON = 4;
    /** Arabic's attached pronouns of more than one letter (them, her, you, us), folded. */
    private static final List<String> SUFFIXED_PRONOUNS = List.of("هما", "هم", "هن", "ها", "كم", "نا");

    private final NameWords words = NameWords.BUNDLED;
    private final RegnalNumbers regnal = new RegnalNumbers(words.ordinals());
    private final CommonWords common = CommonWords.BUNDLED;
    /** Whether a folded Latin word names a place (a country, its adjective, its capital): see {@link #PersonResolver(Gazetteer, Predicate)}. */
    private final Predicate<String> placeWord;

    private final Map<String, SurnameEntry> bySurname = new HashMap<>();
    /**
     * The watched Latin names as Arabic hears them, looked up for Arabic words only (a Latin word
     * never sees a respelling): an index of their own, since beside {@link #bySurname} they
     * doubled its memory for forms that only a full name in Arabic text can match (see {@link
     * RespelledSurnames}).
     */
    private final RespelledSurnames respelledSurnames;

    private final Map<String, PersonEntry> personAccounts = new HashMap<>();
    private final Map<String, OrganizationEntry> organizationAccounts = new HashMap<>();
    private final Map<String, OrganizationEntry> organizationNames = new HashMap<>();
    private final Map<String, PersonEntry> byId = new HashMap<>();
    /**
     * The Latin forms by the loose key of their first given name ("kylie"), each with its
     * surname's: see {@link #givenNamesAlone}.
     */
    private final Map<String, List<GivenBearer>> byFirstGiven = new HashMap<>();

    /** A person by a first given name, and the loose key of the surname that goes with it. */
    private record GivenBearer(PersonEntry person, String surnameLoose) {}
    /** The titles after a comma in watched names ({@link TitledName}), each naming its one bearer. */
    private final PhraseIndex<PersonEntry> titles = new PhraseIndex<>(List.of());
    /** Surname skeletons of {@link #NEAR_SKELETON} or more consonants under each of their one-consonant wildcards ("hs?n"). */
    private final Map<String, List<String>> nearSurnames = new HashMap<>();
    /** Per word: what the resolver asks of it ({@link Word}), worked out once per word rather than once per occurrence. */
    private final WordMemo<Word> wordFacts = new WordMemo<>(Word::new);
    /**
     * The persons whose name the watch list also spells in Arabic, with the surname skeleton of
     * that spelling ({@link #arabicKey}).
     */
    private final Set<String> spelledInArabic = new HashSet<>();

    private final WordMemo<AuthorMatch> authorsByName = new WordMemo<>(this::authorByName, 10_000);

    /**
     * What the resolver asks of a word, wherever it stands: each answer worked out when first
     * asked, then kept with the word in {@link #wordFacts}. A post looks each of its words up there
     * once ({@link TokenWords}) and asks it all it needs; a map look-up per question and word (a
     * memo each) was a fifth of the analysis (BENCHMARKS.md). The answers are immutable and the
     * same whoever works them out, so threads that race on one only work it out twice.
     */
    private final class Word {
        private final String text;
        /** An article (al-), a particle (bin, Le) or a title, as the watched names' words list them. */
        final boolean article;

        final boolean particle;
        final boolean title;
        private List<Reading> surname;
        private List<Reading> near;
        private List<GivenReading> given;
        private Boolean commonArabic;
        private List<GivenBearer> firstGivenOf;
        private String skeleton;
        private String givenKey;

        Word(String text) {
            this.text = text;
            this.article = words.articles().contains(text);
            this.particle = words.particles().contains(text);
            this.title = words.titles().contains(text);
        }

        /**
         * Its readings that are someone's surname (an Arabic word also without each proclitic it
         * may carry), with everything a match needs.
         */
        List<Reading> surname() {
            List<Reading> r = surname;
            if (r == null) {
                surname = r = readingsOf(text);
            }
            return r;
        }

        /**
         * When it is no one's surname: its readings as a surname one consonant off a watched one,
         * which count only after that person's given name.
         */
        List<Reading> near() {
            List<Reading> r = near;
            if (r == null) {
                near = r = surname().isEmpty() ? nearReadingsOf(text) : List.of();
            }
            return r;
        }

        /** Its readings as a given name (an Arabic one also without و or ف) with their skeletons. */
        List<GivenReading> given() {
            List<GivenReading> r = given;
            if (r == null) {
                given = r = givenReadingsOf(text);
            }
            return r;
        }

        /** (Arabic) it is a common word in any of its readings. */
        boolean commonArabic() {
            Boolean c = commonArabic;
            if (c == null) {
                commonArabic = c = commonArabicWord(text);
            }
            return c;
        }

        /** (Latin) the persons whose first given name it is. */
        List<GivenBearer> firstGivenOf() {
            List<GivenBearer> r = firstGivenOf;
            if (r == null) {
                firstGivenOf = r = Scripts.isArabic(text.charAt(0))
                        ? List.of()
                        : byFirstGiven.getOrDefault(NameKeys.loose(text), List.of());
            }
            return r;
        }

        String skeleton() {
            String k = skeleton;
            if (k == null) {
                skeleton = k = NameKeys.skeleton(text);
            }
            return k;
        }

        String givenKey() {
            String k = givenKey;
            if (k == null) {
                givenKey = k = words.givenKey(text);
            }
            return k;
        }
    }

    /** A post's tokens and the {@link Word} of each, looked up when first asked: once per post. */
    private final class TokenWords {
        final Tokens tokens;
        private final Word[] known;

        TokenWords(Tokens tokens) {
            this.tokens = tokens;
            this.known = new Word[tokens.size()];
        }

        Word at(int i) {
            Word w = known[i];
            if (w == null) {
                w = wordFacts.get(tokens.word(i));
                known[i] = w;
            }
            return w;
        }
    }

    /**
     * A reading of a word as a surname: the stem and its loose key, whether it had the article
     * (Arabic; a Latin article is a word of its own, seen in context), who has that surname, and
     * the long vowels an Arabic stem writes (null for Latin), and whether an Arabic word is spelled
     * as a foreign name with no common word in it (see {@link #foreignLooking}), worked out once per
     * word.
     */
    private record Reading(
            String stem,
            String loose,
            boolean article,
            SurnameEntry surname,
            RespelledSurnames.Surname respelled,
            int[] heard,
            boolean foreignName) {
        Reading(String stem, boolean article, SurnameEntry surname, RespelledSurnames.Surname respelled, int[] heard) {
            this(stem, NameKeys.loose(stem), article, surname, respelled, heard, false);
        }

        /**
         * The forms of its surname with {@code givenSkeleton} among their given names, the
         * respelled ones included (an Arabic reading).
         */
        GivenForms withGiven(String givenSkeleton) {
            return respelled == null ? surname.withGiven(givenSkeleton) : respelled.withGiven(givenSkeleton);
        }
    }

    /**
     * A reading of a word as a given name with its skeleton and loose key: a surname shared by many
     * watched persons is tried against each of their forms, so the keys are worked out per word.
     */
    private record GivenReading(String word, String skeleton, String loose, boolean articleDropped) {}

    private GivenReading given(String word, boolean articleDropped) {
        return new GivenReading(word, words.givenKey(word), NameKeys.loose(word), articleDropped);
    }

    private List<Reading> readingsOf(String word) {
        if (!Scripts.isArabic(word.charAt(0))) {
            SurnameEntry surname = word.length() >= MIN_SKELETON ? bySurname.get(NameKeys.skeleton(word)) : null;
            return surname == null ? List.of() : List.of(new Reading(word, false, surname, null, null));
        }
        List<Reading> out = new ArrayList<>(2);
        for (ArabicWord r : ArabicWord.readings(word)) {
            String skeleton = NameKeys.skeleton(r.stem());
            SurnameEntry surname = bySurname.get(skeleton);
            RespelledSurnames.Surname respelled = respelledSurnames.get(skeleton);
            if ((surname != null || respelled != null) && r.stem().length() >= MIN_SKELETON) {
                boolean foreign = foreignLooking(word, r.stem(), r.article()) && noCommonPart(word);
                out.add(new Reading(
                        r.stem(),
                        NameKeys.loose(r.stem()),
                        r.article(),
                        surname == null ? SurnameEntry.NONE : surname,
                        respelled,
                        NameKeys.vowelGaps(r.stem()),
                        foreign));
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /** Read only for a word that is no one's surname ({@link Word#near}): one that is, is read as that surname only. */
    private List<Reading> nearReadingsOf(String word) {
        // a common word one consonant off a name is that word (حسابات, مشاركة, Tribune)
        List<Reading> out = new ArrayList<>(1);
        if (!Scripts.isArabic(word.charAt(0))) {
            if (!common.latin(word)) {
                addNear(word, false, out);
            }
        } else {
            for (ArabicWord r : ArabicWord.readings(word)) {
                if (!common.arabic(word, r.stem(), r.article())) {
                    addNear(r.stem(), r.article(), out);
                }
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    private void addNear(String stem, boolean article, List<Reading> out) {
        String skeleton = NameKeys.skeleton(stem);
        if (skeleton.length() < NEAR_SKELETON) {
            return;
        }
        boolean arabic = Scripts.isArabic(stem.charAt(0));
        for (String key : oneOff(skeleton)) {
            for (String watched : nearSurnames.getOrDefault(key, List.of())) {
                out.add(
                        arabic
                                ? new Reading(
                                        stem,
                                        article,
                                        bySurname.get(watched),
                                        respelledSurnames.get(watched),
                                        NameKeys.vowelGaps(stem))
                                : new Reading(stem, article, bySurname.get(watched), null, null));
            }
        }
    }

    /** {@code skeleton} with each consonant in turn replaced by a wildcard. */
    private static List<String> oneOff(String skeleton) {
        List<String> keys = new ArrayList<>(skeleton.length());
        for (int p = 0; p < skeleton.length(); p++) {
            keys.add(skeleton.substring(0, p) + '?' + skeleton.substring(p + 1));
        }
        return keys;
    }

    private List<GivenReading> givenReadingsOf(String given) {
        GivenReading whole = given(given, false);
        if (!Scripts.isArabic(given.charAt(0)) || given.length() <= 3) {
            return List.of(whole);
        }
        if (given.charAt(0) == 'و' || given.charAt(0) == 'ف') {
            return List.of(whole, given(given.substring(1), false));
        }
        if (given.startsWith("ال") && given.length() > 4) {
            // the second word of a compound given name carries the article in Arabic (عبد الفتاح,
            // زين العابدين, أبو المعاطي) where a Latin spelling drops it or writes it apart
            // ("Abdel Fattah", "Zine El Abidine"); it counts only as such a second word (fullName)
            return List.of(whole, given(given.substring(2), true));
        }
        return List.of(whole);
    }

    public PersonResolver(Gazetteer gazetteer) {
        this(gazetteer, word -> false);
    }

    /**
     * A resolver that reads a capitalised Latin word that {@code placeWord} accepts (folded) as the
     * place, not as a surname alone spelled otherwise: "Cameroun" and "Nigerian" have the
     * consonants of Cameron and Engoron, as "British" has those of Barthes (see {@link CommonWords}).
     * The places are the caller's (a country list lives with the analysis, not with names).
     */
    public PersonResolver(Gazetteer gazetteer, Predicate<String> placeWord) {
        this.placeWord = placeWord;
        Map<String, Set<PersonEntry>> titleOwners = new HashMap<>();
        List<NameForm> respelled = new ArrayList<>();
        for (PersonEntry p : gazetteer.persons()) {
            byId.put(p.id(), p);
            for (TitledName titled : titledNames(p)) {
                titled.titles()
                        .forEach(t -> titleOwners
                                .computeIfAbsent(TextFold.fold(t), k -> new LinkedHashSet<>())
                                .add(p));
                for (NameForm form : NameForm.parse(p, titled.name(), words)) {
                    if (!form.latin()) {
                        spelledInArabic.add(arabicKey(form));
                    } else if (!form.givenLoose().isEmpty()) {
                        List<GivenBearer> bearers =
                                byFirstGiven.computeIfAbsent(form.givenLoose().get(0), k -> new ArrayList<>(1));
                        GivenBearer bearer = new GivenBearer(p, form.surnameLoose());
                        if (!bearers.contains(bearer)) {
                            bearers.add(bearer);
                        }
                    }
                    if (form.respelled()) {
                        respelled.add(form);
                    } else if (form.surnameSkeleton().length() >= MIN_INDEXED_SKELETON) {
                        bySurname
                                .computeIfAbsent(form.surnameSkeleton(), k -> new SurnameEntry())
                                .add(form);
                    }
                }
            }
            p.accounts().forEach(a -> AccountKeys.of(a).forEach(k -> personAccounts.put(k, p)));
        }
        respelledSurnames = new RespelledSurnames(respelled, bySurname, this::nameForms);
        // a title two watched persons bear ("Prince of Wales") names neither
        titleOwners.forEach((title, owners) -> {
            if (owners.size() == 1) {
                titles.add(title, owners.iterator().next());
            }
        });
        for (String skeleton : bySurname.keySet()) {
            if (skeleton.length() >= NEAR_SKELETON) {
                for (String key : oneOff(skeleton)) {
                    nearSurnames.computeIfAbsent(key, k -> new ArrayList<>()).add(skeleton);
                }
            }
        }
        for (OrganizationEntry o : gazetteer.organizations()) {
            o.accounts().forEach(a -> AccountKeys.of(a).forEach(k -> organizationAccounts.put(k, o)));
            organizationNames.put(TextFold.fold(o.name()).strip(), o);
            o.aliases().forEach(a -> organizationNames.put(TextFold.fold(a).strip(), o));
        }
    }

    /** The names {@code person} is watched by, the name and each alias, titles after a comma apart. */
    private static List<TitledName> titledNames(PersonEntry person) {
        List<TitledName> out = new ArrayList<>(1 + person.aliases().size());
        if (person.name() != null) {
            out.add(TitledName.of(person.name()));
        }
        for (String alias : person.aliases()) {
            if (alias != null) {
                out.add(TitledName.of(alias));
            }
        }
        return out;
    }

    /** Every form of every name of {@code person}, in the order the index was built from them. */
    private List<NameForm> nameForms(PersonEntry person) {
        List<NameForm> out = new ArrayList<>();
        for (TitledName titled : titledNames(person)) {
            out.addAll(NameForm.parse(person, titled.name(), words));
        }
        return out;
    }

    public PersonEntry person(String id) {
        return id == null ? null : byId.get(id);
    }

    /** Who {@code account} belongs to: by its id or handle in the gazetteer, else by its display name. */
    public AuthorMatch author(Account account) {
        if (account == null) {
            return AuthorMatch.NONE;
        }
        for (String key : new String[] {account.id(), account.handle()}) {
            if (key == null) {
                continue;
            }
            String bare = AccountKeys.lookup(key);
            if (personAccounts.containsKey(bare)) {
                return new AuthorMatch(personAccounts.get(bare), null, "account");
            }
            if (organizationAccounts.containsKey(bare)) {
                return new AuthorMatch(null, organizationAccounts.get(bare), "account");
            }
        }
        if (account.name() == null || account.name().isBlank()) {
            return AuthorMatch.NONE;
        }
        return authorsByName.get(account.name());
    }

    private AuthorMatch authorByName(String displayName) {
        String folded = TextFold.fold(displayName).strip();
        OrganizationEntry org = organizationNames.get(folded);
        if (org != null) {
            return new AuthorMatch(null, org, "account");
        }
        List<PersonMatch> named = find(Tokens.of(TextFold.mapped(displayName)));
        return named.isEmpty() ? AuthorMatch.NONE : new AuthorMatch(named.get(0).person(), null, "account");
    }

    /**
     * The watched persons named in {@code tokens}, best match per person, in text order. Where
     * matches of different persons overlap, the longest wins (see {@link LongestMatches}).
     */
    public List<PersonMatch> find(Tokens tokens) {
        return names(tokens).persons();
    }

    /**
     * The watched persons named in {@code tokens} (see {@link #find}), and the surnames alone that
     * name several of them with nothing in the name to choose: a full name of another person that
     * spans such a surname leaves no ambiguity behind.
     */
    public NamesFound names(Tokens tokens) {
        TokenWords t = new TokenWords(tokens);
        LongestMatches all = new LongestMatches();
        List<Fits> ambiguous = new ArrayList<>(0);
        for (int i = 0; i < tokens.size(); i++) {
            List<Reading> readings = t.at(i).surname();
            // most words are no one's surname: an indexed loop spares an iterator per word
            for (int r = 0; r < readings.size(); r++) {
                Reading reading = readings.get(r);
                consider(
                        t,
                        i,
                        reading,
                        tokens.isArabic(i) ? reading.article() || articleWordBefore(t, i) : articleWordBefore(t, i),
                        all,
                        ambiguous);
            }
            if (i > 0 && (tokens.isArabic(i) || capitalised(tokens, i))) {
                // a Latin full name is written with capitals (see fullNames): lower-case words skip the look-up
                List<Reading> near = t.at(i).near();
                for (int r = 0; r < near.size(); r++) {
                    fullNames(t, i, near.get(r), true, all);
                }
            }
        }
        for (Match<PersonEntry> m : titles.find(tokens)) {
            if (capitalised(tokens, m.to() - 1)) {
                // "the Duchess of Sussex", "la duchesse de Sussex": the place keeps its capital
                all.add(new PersonMatch(m.value(), m.from(), m.to(), "title"));
            }
        }
        List<PersonMatch> winners = withCouples(tokens, all.winners());
        Map<String, PersonMatch> best = new LinkedHashMap<>();
        for (PersonMatch m : winners) {
            keep(best, m);
        }
        return new NamesFound(new ArrayList<>(best.values()), unspanned(ambiguous, winners));
    }

    /**
     * The persons a capitalised Latin word names by their first given name alone ("Kylie",
     * "Thibaut", "son mari Jonathann"), where the post names them otherwise too: their surname is
     * written elsewhere in it (a relative's full name, "Alexia Daval", or the surname alone:
     * "Hunter" and "Biden"), or {@code namedElsewhere} says so (a web address carrying the
     * headline: {@code /kylie-minogue-denies-…}). A given name alone is shared by too many people
     * to name anyone without such evidence. Not a word that starts a longer name ("Kylie Jenner"),
     * nor a common word opening a sentence ("Will", "Hunter"), nor one inside {@code taken} (words
     * already read as a name); and only when the evidence points to one person.
     */
    public List<PersonMatch> givenNamesAlone(
            Tokens tokens, List<PersonMatch> taken, Predicate<PersonEntry> namedElsewhere) {
        TokenWords t = new TokenWords(tokens);
        List<PersonMatch> out = List.of();
        Map<String, Integer> capitalised = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isArabic(i) || !startsUpper(tokens, i) || initials(tokens, i)) {
                continue;
            }
            List<GivenBearer> bearers = t.at(i).firstGivenOf();
            if (bearers.isEmpty() || partOfAnotherName(tokens, i) || inside(taken, i)) {
                continue;
            }
            if ((i == 0 || tokens.sentence(i - 1) != tokens.sentence(i)) && common.latin(tokens.word(i))) {
                continue;
            }
            if (capitalised == null) {
                capitalised = capitalisedWords(tokens);
            }
            // "Dr Mahathir", "Président Azali": a capitalised title right before it
            // but not a place or a common word after it ("ex-Miss France")
            boolean titled = i > 0
                    && tokens.sentence(i - 1) == tokens.sentence(i)
                    && t.at(i - 1).title
                    && startsUpper(tokens, i - 1)
                    && !common.latin(tokens.word(i))
                    && !placeWord.test(tokens.word(i));
            PersonEntry only = null;
            boolean several = false;
            for (GivenBearer b : bearers) {
                PersonEntry p = b.person();
                // the word itself is no evidence for a surname spelled as the given name (Sabah al-Sabah)
                int written = capitalised.getOrDefault(b.surnameLoose(), 0)
                        - (b.surnameLoose().equals(NameKeys.loose(tokens.word(i))) ? 1 : 0);
                if (taken.stream().anyMatch(m -> m.person().id().equals(p.id()))
                        || !(titled || written > 0 || namedElsewhere.test(p))) {
                    continue;
                }
                several |= only != null && !only.id().equals(p.id());
                only = p;
            }
            if (only != null && !several) {
                PersonEntry found = only;
                if (out.stream().noneMatch(m -> m.person().id().equals(found.id()))) {
                    if (out.isEmpty()) {
                        out = new ArrayList<>(1);
                    }
                    out.add(new PersonMatch(only, i, i + 1, "given name"));
                }
            }
        }
        return out;
    }

    /** The loose keys of the capitalised Latin words of {@code tokens}, each with how often it is written. */
    private static Map<String, Integer> capitalisedWords(Tokens tokens) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isArabic(i) && startsUpper(tokens, i)) {
                out.merge(NameKeys.loose(tokens.word(i)), 1, Integer::sum);
            }
        }
        return out;
    }

    private static boolean inside(List<PersonMatch> matches, int i) {
        for (PersonMatch m : matches) {
            if (m.from() <= i && i < m.to()) {
                return true;
            }
        }
        return false;
    }

    /** The words that join two given names before the surname they share ("David and Victoria Beckham"). */
    private static final Set<String> COUPLE_JOINS = Set.of("and", "et");

    /**
     * The matches, with a given name that shares the full name after it's surname: "David et
     * Victoria Beckham", "Emmanuel and Brigitte Macron" name David Beckham and Emmanuel Macron by
     * "David" and "Emmanuel" alone. The given name and that surname are read as a full name of their
     * own, so every spelling a full name may take counts; such a reading outranks the word read as
     * someone's surname alone ("Emmanuel" is no watched Christian Emmanuel there).
     */
    private List<PersonMatch> withCouples(Tokens tokens, List<PersonMatch> winners) {
        List<PersonMatch> out = null;
        for (PersonMatch q : winners) {
            int given = q.from() - 2;
            if (q.to() - q.from() < 2
                    || given < 0
                    || tokens.isArabic(given)
                    || tokens.isArabic(q.to() - 1)
                    || !joinsCouple(tokens, given)
                    || !startsUpper(tokens, given)
                    || tokens.sentence(given) != tokens.sentence(q.from())) {
                continue;
            }
            String pair = tokens.text().originalSlice(tokens.start(given), tokens.end(given))
                    + " "
                    + tokens.text().originalSlice(tokens.start(q.to() - 1), tokens.end(q.to() - 1));
            for (PersonMatch p : find(Tokens.of(TextFold.mapped(pair)))) {
                if (p.to() - p.from() == 2 && !p.person().id().equals(q.person().id())) {
                    if (out == null) {
                        out = new ArrayList<>(winners);
                    }
                    // the given name read as someone's surname alone gives way to the couple's reading
                    out.removeIf(m -> m.from() == given && m.to() == given + 1 && "surname".equals(m.how()));
                    out.add(new PersonMatch(p.person(), given, given + 1, "given name, with the surname after"));
                }
            }
        }
        return out == null ? winners : out;
    }

    /**
     * Word {@code given + 1} is "and"/"et" right after the given name, before a capitalised one: after
     * a comma it ends a list ("Tom, Anna, and Victoria Beckham"), whose names need not share one.
     */
    private static boolean joinsCouple(Tokens tokens, int given) {
        return COUPLE_JOINS.contains(tokens.word(given + 1))
                && startsUpper(tokens, given + 2)
                && tokens.text()
                        .originalSlice(tokens.end(given), tokens.start(given + 1))
                        .isBlank();
    }

    /** The ambiguous surnames no match of a person spans ("Lionel Messi" is no ambiguous "Messi"), each place once. */
    private static List<AmbiguousName> unspanned(List<Fits> ambiguous, List<PersonMatch> winners) {
        if (ambiguous.isEmpty()) {
            return List.of();
        }
        List<AmbiguousName> out = new ArrayList<>(ambiguous.size());
        for (Fits a : ambiguous) {
            boolean spanned = winners.stream().anyMatch(m -> m.from() < a.to() && a.from() < m.to());
            boolean seen = out.stream().anyMatch(o -> o.from() == a.from());
            if (!spanned && !seen) {
                out.add(a.name());
            }
        }
        return out;
    }

    /** "al-Sharaa", "آل ثاني": an article written as a word of its own, in the same sentence. */
    private static boolean articleWordBefore(TokenWords t, int i) {
        return i > 0 && t.at(i - 1).article && t.tokens.sentence(i - 1) == t.tokens.sentence(i);
    }

    private void consider(
            TokenWords t, int i, Reading reading, boolean article, LongestMatches found, List<Fits> ambiguous) {
        Tokens tokens = t.tokens;
        fullNames(t, i, reading, false, found);
        // a surname alone names whoever of its bearers it may name alone (its spelling, capitals,
        // article, particle); when that is several, the post's other evidence decides (see
        // AmbiguityEvidence), not this word
        WordAlone word = wordAlone(t, i, reading);
        if (word == null) {
            return;
        }
        int[] heard = reading.heard();
        int from = article && heard == null ? i - 1 : i;
        // a bucket may hold many bearers' forms (a large watch list shares skeletons): the checks
        // run once per way the surname may stand alone (SurnameEntry.AloneForms), and the bearers
        // of the ways that pass are what the word may name (Fits); the word's own checks were
        // made once above
        List<SurnameEntry.AloneForms> ways = null;
        // per way: whether the word spells its Latin surname exactly, not only in its consonants,
        // or is a regnal name before its own number
        List<Boolean> spelled = null;
        boolean onePerson = reading.surname().onePerson();
        for (SurnameEntry.AloneForms way : reading.surname().aloneForms()) {
            NameForm form = way.form();
            if (!(form.bareSurname() && !word.regnalOnly() || form.regnal() && regnalPlace(tokens, i, form))
                    || !spelledAlone(form, reading)
                    || !surnameAlone(t, i, reading, article, form, word)) {
                continue;
            }
            if (ways == null) {
                ways = new ArrayList<>(2);
                spelled = new ArrayList<>(2);
            }
            ways.add(way);
            // a regnal name before its own number (عبدالله الثاني) is as exact as a spelling
            spelled.add(heard == null && form.latin() && reading.loose().equals(form.surnameLoose())
                    || form.regnal() && numberAfter(tokens, i, form));
            if (onePerson && form.bareSurname()) {
                break;
            }
        }
        if (ways == null) {
            return;
        }
        Fits fits = new Fits(ways, spelled, from, i + 1);
        PersonEntry only = fits.only();
        if (only != null) {
            found.add(new PersonMatch(only, from, i + 1, "surname"));
        } else {
            ambiguous.add(fits);
        }
    }

    /**
     * A surname alone at {@code [from, to)} and the ways it may stand alone that it fits. A
     * surname a large watch list gives a hundred bearers fits them all, and most such words are
     * part of a full name that spans them: the candidates are listed ({@link #name}) only for the
     * few that nothing spans, so a post costs what its names say, not how many people share them.
     */
    private record Fits(List<SurnameEntry.AloneForms> ways, List<Boolean> spelled, int from, int to) {

        /**
         * The one person the word names: the only bearer of the ways it fits, or the only one
         * whose Latin surname it spells exactly ("Pochettino" is spelled as Mauricio Pochettino's
         * name and has only the consonants of Jeffrey Epstein's: an exact spelling outranks a
         * shared skeleton); null when several remain.
         */
        PersonEntry only() {
            PersonEntry one = single(false);
            return one != null ? one : single(true);
        }

        /** The one person all fitting ways (or only the spelled ones) name, else null. */
        private PersonEntry single(boolean spelledOnly) {
            PersonEntry one = null;
            for (int k = 0; k < ways.size(); k++) {
                if (spelledOnly && !spelled.get(k)) {
                    continue;
                }
                for (PersonEntry p : ways.get(k).bearers().values()) {
                    if (one == null) {
                        one = p;
                    } else if (!one.id().equals(p.id())) {
                        return null;
                    }
                }
            }
            return one;
        }

        /** The candidates, in the order indexed: those the word spells exactly when fewer than all. */
        AmbiguousName name() {
            Map<String, PersonEntry> fitting = new LinkedHashMap<>();
            Set<String> spelledAs = new HashSet<>();
            for (int k = 0; k < ways.size(); k++) {
                for (PersonEntry p : ways.get(k).bearers().values()) {
                    fitting.putIfAbsent(p.id(), p);
                    if (spelled.get(k)) {
                        spelledAs.add(p.id());
                    }
                }
            }
            if (!spelledAs.isEmpty() && spelledAs.size() < fitting.size()) {
                fitting.keySet().retainAll(spelledAs);
            }
            return new AmbiguousName(new ArrayList<>(fitting.values()), from, to);
        }
    }

    /**
     * What {@link #surnameAlone} asks of the word itself, whoever's surname it is read as: asked
     * once per word, not once per bearer. Null when the word names no one alone.
     *
     * @param titleBefore (Arabic) a title or role shortly before it
     * @param partOfAnotherName (Latin) it is next to another capitalised name
     * @param common it is a common word (in Arabic then only in apposition to a title)
     * @param place (Latin) it is a country's name, adjective or capital
     * @param regnalOnly (Arabic) a common word admitted only for the ordinal after it: it may name a
     *     monarch by their regnal name and number, and no one by a surname
     */
    private record WordAlone(
            boolean titleBefore, boolean partOfAnotherName, boolean common, boolean place, boolean regnalOnly) {}

    private WordAlone wordAlone(TokenWords t, int i, Reading reading) {
        Tokens tokens = t.tokens;
        if (tokens.isArabic(i)) {
            String stem = reading.stem();
            // common in any reading: للصيانة read whole has the consonants of Lasan, and without
            // its proclitics it is الصيانة (maintenance)
            boolean isCommon = t.at(i).commonArabic();
            if (isCommon && !titleInApposition(tokens, i, reading.article(), stem) && !reading.foreignName()) {
                // الوزراء, المملكة, برشلونة: a common word is a surname alone only as the name a
                // title stands for (الرئيس الأمريكي ترامب); "رئيس الوزراء" or "مدرب برشلونة" is an
                // office of something, not a title before a name; before an ordinal (محمد السادس)
                // it may still be a regnal name, and only that
                return regnal.after(tokens, i) == 0
                        ? null
                        : new WordAlone(titleBefore(tokens, i), false, true, false, true);
            }
            return new WordAlone(titleBefore(tokens, i), false, isCommon, false, false);
        }
        if (!startsUpper(tokens, i) || afterOneNamePerson(t, i)) {
            return null;
        }
        String word = tokens.word(i);
        return new WordAlone(false, partOfAnotherName(tokens, i), common.latin(word), placeWord.test(word), false);
    }

    /** The full names that end at surname {@code i} read as {@code reading}: a given name of theirs before it. */
    private void fullNames(TokenWords t, int i, Reading reading, boolean near, LongestMatches found) {
        Tokens tokens = t.tokens;
        GivenWord given = givenBefore(t, i);
        if (given != null && (tokens.isArabic(i) || capitalised(tokens, i) && capitalised(tokens, given.index()))) {
            // Latin script writes names with capitals: "would review" is not Walid Rifai
            if (!withGiven(t, i, reading, near, given, false, found) && !near && middleName(t, given)) {
                // "Rodrigo Roa Duterte", "Emmerson Dambudzo Mnangagwa": a middle name the watch
                // list leaves out stands between the given name and the surname, both spelled as
                // the list spells them (a skeleton would read "Syed Saddiq Syed" as Saud ... Al Saud)
                GivenWord before = givenBefore(t, given.index());
                if (before != null && capitalised(tokens, before.index())) {
                    withGiven(t, i, reading, false, before, true, found);
                }
            }
        }
    }

    /**
     * (Latin) The word at {@code given}, no given name of the surname after it, may be a middle
     * name: capitalised, no common word ("Trump Tower Moscow"), no particle before it.
     */
    private boolean middleName(TokenWords t, GivenWord given) {
        Tokens tokens = t.tokens;
        int at = given.index();
        return at > 0
                && given.particle() == null
                && !tokens.isArabic(at)
                && startsUpper(tokens, at)
                && !initials(tokens, at)
                && !common.latin(tokens.word(at));
    }

    /**
     * The full names of the surname {@code i} with the given name {@code given} (only those spelled
     * as the watch list spells them when {@code spelledOnly}); whether any form has that given name.
     */
    private boolean withGiven(
            TokenWords t,
            int i,
            Reading reading,
            boolean near,
            GivenWord given,
            boolean spelledOnly,
            LongestMatches found) {
        List<GivenForms> byReading = new ArrayList<>(given.readings().size());
        boolean anyForm = false;
        for (GivenReading g : given.readings()) {
            // a surname one consonant off needs a given name of two consonants or more: "The
            // Tribune" is not a Ty Trippet
            byReading.add(near && g.skeleton().length() < 2 ? GivenForms.NONE : reading.withGiven(g.skeleton()));
            anyForm |= !byReading.get(byReading.size() - 1).forms().isEmpty();
        }
        // most words read as somebody's surname follow a word that is none of their given names
        if (anyForm) {
            found.addEndingTogether(FullNameSelection.select(
                    byReading, earlierSkeleton(t, given.index()), (r, form, reachesBack) -> {
                        PersonMatch m = fullName(
                                t, i, reading, given, given.readings().get(r), byReading.get(r), form, reachesBack);
                        return spelledOnly && m != null && !"alias".equals(m.how()) ? null : m;
                    }));
        }
        return anyForm;
    }

    /**
     * {@code form}, one of {@code sameName} (the forms of the surname with given name {@code g},
     * looked up once for all of them), as the full name that ends at the surname {@code i}, or null
     * when it does not fit.
     */
    private PersonMatch fullName(
            TokenWords t,
            int i,
            Reading reading,
            GivenWord given,
            GivenReading g,
            GivenForms sameName,
            NameForm form,
            boolean reachesBack) {
        Tokens tokens = t.tokens;
        if (form.respelled()
                && (form.surnameSkeleton().length() < MIN_SKELETON
                        || g.skeleton().length() < MIN_SKELETON
                        || common.arabicFunctionWord(tokens.word(given.index()))
                        || t.at(given.index()).commonArabic()
                                && t.at(i).commonArabic()
                                && !(writtenAsForeign(tokens, given.index(), g.word())
                                        && writtenAsForeign(tokens, i, reading.stem())))) {
            // a respelling is a guess at the name's language, which two common words (أساس له), a
            // function word (بين, between, is a Spanish "Ivan") or a name of one consonant do not
            // bear out; film subtitles make many foreign names common words (جون كيربي, دانا
            // وايت), and two such words count when both are written as Arabic writes a foreign
            // name: no proclitic, no article, a long vowel letter (not الواقع كوسيلة)
            return null;
        }
        if (form.surnameHead() != null && !form.surnameHead().equals(g.skeleton())) {
            // the second word of a compound surname follows its first (نصر الله), no other name
            return null;
        }
        if (!heardAs(form, reading)
                || !Objects.equals(form.particle(), given.particle())
                || !suffixAgrees(tokens, i, sameName, form)) {
            return null;
        }
        if (reading.heard() != null && alsoSpelledInArabic(form)) {
            return null;
        }
        if (reading.heard() != null && form.latin() && commonPair(tokens, given.index(), i, reading)) {
            return null;
        }
        boolean exact = form.latin() == (reading.heard() == null)
                && reading.loose().equals(form.surnameLoose())
                && form.givenLoose().contains(g.loose());
        int from = reachesBack ? moreGivenNames(t, given.index(), g.skeleton(), form) : given.index();
        if (!exact && !form.latin() && reading.heard() != null && otherVowels(form, reading, g)) {
            // حول (about) has the consonants of هالة, رحيل (departure) those of رحال: a long vowel
            // written where the watched Arabic spelling writes another makes another word
            return null;
        }
        if (!exact
                && !form.latin()
                && reading.heard() != null
                && from == given.index()
                && t.at(given.index()).commonArabic()
                && t.at(i).commonArabic()
                && !titleInApposition(tokens, given.index(), tokens.word(given.index()))) {
            // two common words spelled otherwise than the watched Arabic name whose consonants
            // they share (طرق للصيانة, roads for maintenance, against طارق لاسان): the words, not
            // a variant spelling of the name
            return null;
        }
        if (g.articleDropped() && from == given.index() && !afterCompoundHead(tokens, given.index())) {
            // read without its article, a word is a given name only as the second word of a
            // compound: alone, "العراقي" or "الأول" is an adjective, not a name
            return null;
        }
        if (from == given.index() && form.halfGiven().contains(g.skeleton())) {
            // half of a compound given name: "عبد العزيز" alone is the given name Abdelaziz, not
            // Dalal Abdel Aziz; with her given name before it (دلال عبد العزيز) it is her name
            return null;
        }
        return new PersonMatch(form.person(), from, i + 1, exact ? "alias" : "transliteration");
    }

    /**
     * Arabic word {@code i}, read as {@code stem}, written as a foreign name is: the word itself,
     * no article, with a long vowel letter and no hamza on a seat inside it (جون, وايت; not الواقع,
     * كيف, رئيس). The hamza is looked for in the original text: folding takes it off its seat
     * (رئيس folds to ريس).
     */
    private static boolean writtenAsForeign(Tokens tokens, int i, String stem) {
        String word = tokens.word(i);
        String original = tokens.text().originalSlice(tokens.start(i), tokens.end(i));
        return word.equals(stem)
                && !word.startsWith("ال")
                && !consonantal(word)
                && original.indexOf('ئ') < 0
                && original.indexOf('ؤ') < 0;
    }

    /**
     * Two Arabic words read as a Latin-only name, the first a function word and the second common
     * (أن كل for Anna Kelly, مرة أخرى for Mariah Carey), and no title in apposition: a phrase, not
     * the name.
     */
    private boolean commonPair(Tokens tokens, int given, int surname, Reading reading) {
        return common.arabicFunctionWord(tokens.word(given))
                && common.arabic(tokens.word(surname), reading.stem(), reading.article())
                && !titleInApposition(tokens, given, tokens.word(given));
    }

    /** Arabic {@code word}, or one of its readings without proclitics, is a common word. */
    private boolean commonArabicWord(String word) {
        for (ArabicWord r : ArabicWord.readings(word)) {
            if (common.arabic(word, r.stem(), r.article())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Latin form whose name the watch list also spells in Arabic: Arabic text is read against
     * that spelling, not again through the consonants of the Latin one, which would take حل أزمة
     * (a solution to a crisis) for Hala Azzam though the list writes هالة عزام.
     */
    private boolean alsoSpelledInArabic(NameForm form) {
        return form.latin() && spelledInArabic.contains(arabicKey(form));
    }

    /**
     * An Arabic word alone spells the surname of {@code form} as the watch list writes it, not only
     * with its consonants (a lone surname is weaker evidence than a full name, see {@link
     * #otherVowels}): against a Latin form, it writes no long vowel the Latin spelling lacks;
     * against the list's Arabic spelling, no long vowel (و, ي) that spelling lacks, though it may
     * leave one out (ترمب for ترامب), and as many ʿayn. مروريا (traffic-wise) is not مارار, nor
     * الموازنة (the budget) مازان, nor المعابر (the crossings) مابار.
     */
    private boolean spelledAlone(NameForm form, Reading reading) {
        int[] heard = reading.heard();
        if (heard == null) {
            return true;
        }
        if (form.latin()) {
            return !alsoSpelledInArabic(form) && heardAs(form, reading);
        }
        return NameKeys.vowelsAgree(heard, form.surnameVowels()) && NameForm.ayns(reading.stem()) == form.surnameAyns();
    }

    /** A person and a surname skeleton, for {@link #spelledInArabic}. */
    private static String arabicKey(NameForm form) {
        return form.person().id() + ' ' + form.surnameSkeleton();
    }

    /** The word before {@code i}, in its sentence, heads a compound name: عبد, or a kunya's أبو. */
    private boolean afterCompoundHead(Tokens tokens, int i) {
        if (i == 0 || tokens.sentence(i - 1) != tokens.sentence(i)) {
            return false;
        }
        String before = tokens.word(i - 1);
        if (tokens.isArabic(i - 1) && before.length() > 2 && conjunction(before)) {
            // وأبو المعاطي: a conjunction is written onto the head
            before = before.substring(1);
        }
        return words.compoundHeads().contains(before) || words.kunya().contains(before);
    }

    /** The skeleton of the word before the given name at {@code given}, in its sentence, or null. */
    private static String earlierSkeleton(TokenWords t, int given) {
        return given > 0 && t.tokens.sentence(given - 1) == t.tokens.sentence(given)
                ? t.at(given - 1).givenKey()
                : null;
    }

    /**
     * Where the name starts: the person's given names before the one next to the surname, in
     * their order, may precede it ("Nabil Karim Azzam"; "Omar Karim" is not Karim Omar).
     */
    private static int moreGivenNames(TokenWords t, int given, String givenSkeleton, NameForm form) {
        Tokens tokens = t.tokens;
        List<String> names = form.givenSkeletons();
        int k = names.lastIndexOf(givenSkeleton);
        int from = given;
        while (k > 0
                && from > 0
                && tokens.sentence(from - 1) == tokens.sentence(given)
                && names.get(k - 1).equals(t.at(from - 1).givenKey())) {
            from--;
            k--;
        }
        return from;
    }

    /**
     * "Donald Trump" is the father's full name and, without its suffix, the son's: where another
     * person's form of the same given name and surname agrees with the text on a generational
     * suffix after the surname (written or not), a form that does not agree names no one.
     */
    private boolean suffixAgrees(Tokens tokens, int surname, GivenForms sameName, NameForm form) {
        int next = surname + 1;
        boolean written = next < tokens.size()
                && tokens.sentence(next) == tokens.sentence(surname)
                && words.suffixes().contains(tokens.word(next));
        if (form.suffixed() == written) {
            return true;
        }
        for (NameForm other : sameName.forms()) {
            if (other.suffixed() == written
                    && !other.person().id().equals(form.person().id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Arabic text against an Arabic spelling of the watched name: the text writes a long vowel
     * letter where the watched spelling writes a different one, in the surname or in the given
     * name. A letter written on one side only is a spelling variant (ترمب, ترامب); two different
     * ones are two words.
     */
    private static boolean otherVowels(NameForm form, Reading reading, GivenReading g) {
        if (clash(reading.heard(), form.surnameVowels())) {
            return true;
        }
        int at = form.givenSkeletons().indexOf(g.skeleton());
        return at >= 0
                && clash(
                        NameKeys.vowelGaps(g.word()),
                        NameKeys.vowelGaps(form.givenLoose().get(at)));
    }

    private static boolean clash(int[] text, int[] watched) {
        if (text == null || watched == null || text.length != watched.length) {
            return false;
        }
        for (int gap = 0; gap < text.length; gap++) {
            if (text[gap] != 0 && watched[gap] != 0 && (text[gap] & watched[gap]) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * An Arabic spelling must write no long vowel the Latin form lacks (see {@link
     * NameKeys#vowelGaps}); a final ي may be an alif maqsura heard as a, unless the word is one of
     * Arabic's function words (على, إلى), which end so too.
     */
    private boolean heardAs(NameForm form, Reading reading) {
        int[] heard = reading.heard();
        return heard == null
                || !form.latin()
                || NameKeys.vowelsAgree(heard, form.surnameVowels(), !common.arabicFunctionWord(reading.stem()));
    }

    private static void keep(Map<String, PersonMatch> best, PersonMatch m) {
        PersonMatch old = best.get(m.person().id());
        if (old == null || rank(m.how()) > rank(old.how())) {
            best.put(m.person().id(), m);
        }
    }

    private static int rank(String how) {
        return switch (how) {
            case "alias" -> 3;
            case "transliteration" -> 2;
            default -> 1;
        };
    }

    /** The word that would be a given name before the surname at {@code i}, and its readings. */
    private record GivenWord(int index, String particle, List<GivenReading> readings) {}

    /** Skips an article (al-), a particle (bin, Le) and middle initials (Thomas J. Barrack) before the surname. */
    private static GivenWord givenBefore(TokenWords t, int i) {
        Tokens tokens = t.tokens;
        int j = i - 1;
        if (j >= 0 && t.at(j).article) {
            j--;
        }
        String particle = null;
        if (j >= 0 && t.at(j).particle) {
            particle = t.at(j).skeleton();
            j--;
        }
        while (j > 0 && !tokens.isArabic(j) && tokens.word(j).length() == 1) {
            j--;
        }
        if (j < 0 || tokens.sentence(j) != tokens.sentence(i) || separated(tokens, j, i) || t.at(j).title) {
            // titles are dropped from watched names, so a title is never one of their given names:
            // "وزير العدل" (minister of justice) is not a given name and surname that share its
            // consonants
            return null;
        }
        return new GivenWord(j, particle, t.at(j).given());
    }

    private boolean surnameAlone(TokenWords t, int i, Reading reading, boolean article, NameForm form, WordAlone word) {
        Tokens tokens = t.tokens;
        String stem = reading.stem();
        if (form.surnameSkeleton().length() < MIN_SKELETON) {
            return false;
        }
        if (form.particle() != null && (i == 0 || !t.at(i - 1).skeleton().equals(form.particle()))) {
            return false;
        }
        if (tokens.isArabic(i) && form.particle() != null && words.kunya().contains(tokens.word(i - 1))) {
            // a kunya (أبو عبيدة) is two words of the watched name, the whole name the person goes
            // by: more than a surname alone says
            return true;
        }
        if (tokens.isArabic(i)) {
            if (form.respelled()) {
                // a respelling is a guess at the name's language, which a surname alone does not
                // bear out: measured on the dev split, such words were more often nouns that
                // share a guessed skeleton (الكنيست for a Genest read with a ق, كاراكاس for
                // Gargash) than the person
                return false;
            }
            if (form.latin()
                    && !word.titleBefore()
                    && !(form.regnal() && numberAfter(tokens, i, form))
                    && !(article && form.surnameArticle() && consonantal(stem))
                    && !foreignSpelling(tokens.word(i), stem, article, form)) {
                // a name known only in Latin letters, read into an Arabic word through its consonants
                // alone, is more often an Arabic word (بعرقلة for Porcel, وتقف for Witkoff) than the
                // person: alone, it counts only after a title (الرئيس, المدرب), with the article the
                // Latin name has and no long vowel the Latin could not confirm (الشرع for
                // al-Sharaa), or spelled as Arabic spells a foreign name; with its given name it is
                // a full match above
                return false;
            }
            if (form.surnameArticle()) {
                return article;
            }
            if (word.common() && article) {
                // after a title, a common word with the article agrees with the title as its
                // adjective (الرئيس السوري السابق, the former president); a name that is a common
                // word carries the article only when the watched name does (checked above)
                return false;
            }
            return form.surnameSkeleton().length() >= MIN_BARE_SKELETON && stem.length() >= 4;
        }
        if (word.partOfAnotherName()
                && !withOwnSurname(t, i, form)
                && !(form.regnal() && numberAfter(tokens, i, form))) {
            return false;
        }
        if (word.common() && !reading.loose().equals(form.surnameLoose())) {
            // "British", "Despite", "Français" have the consonants of Barthes, Dussopt, Francis:
            // a common word names someone alone only when spelled as their name (Bloomberg)
            return false;
        }
        if (word.place()
                && !(reading.loose().equals(form.surnameLoose())
                        && reading.loose().equals(reading.stem()))) {
            // "Cameroun", "Cameroon", "Nigerian" have the consonants (and, letters doubled once,
            // the spelling) of Cameron and Engoron: a place's word names someone alone only when
            // written letter for letter as their surname (Washington)
            return false;
        }
        if (reading.loose().equals(form.surnameLoose())
                || form.surnameSkeleton().length() >= LONG_SKELETON) {
            return true;
        }
        return article && form.surnameArticle();
    }

    /**
     * How Arabic spells a foreign name (بيسكوف, جوندوجان, نتنياهو): a word that is no common word
     * (checked before), of {@link #LONG_SKELETON} consonants or more, written with a long vowel
     * letter for the vowels Arabic would leave unwritten in its own words, and carrying no proclitic
     * but the article. Measured on the corpus's dev split: 12 more persons found, 2 more wrongly.
     */
    private static boolean foreignSpelling(String word, String stem, boolean article, NameForm form) {
        return form.surnameSkeleton().length() >= LONG_SKELETON && foreignLooking(word, stem, article);
    }

    /**
     * Spelled as Arabic spells a foreign name (ترامب, رونالدو): {@link #LONG_SKELETON} consonants or
     * more, a long vowel letter inside, no proclitic but the article. A frequency list counts such
     * a word because the name is frequent (film subtitles say ترامب as often as any noun), so it is
     * no common word that hides the name: the name's own checks decide.
     */
    private static boolean foreignLooking(String word, String stem, boolean article) {
        return NameKeys.skeleton(stem).length() >= LONG_SKELETON
                && !consonantal(stem)
                && word.equals(article ? "ال" + stem : stem);
    }

    /**
     * Neither the word without a proclitic (بالعلاقات: العلاقات) nor without a suffixed pronoun
     * (بينهم: بين) is a common word: read either way it would be that word, not a foreign name.
     */
    private boolean noCommonPart(String word) {
        for (ArabicWord r : ArabicWord.readings(word)) {
            if (!r.stem().equals(word) && common.arabic(word, r.stem(), r.article())) {
                return false;
            }
        }
        for (String pronoun : SUFFIXED_PRONOUNS) {
            if (word.length() > pronoun.length() + 1
                    && word.endsWith(pronoun)
                    && common.arabic(word, word.substring(0, word.length() - pronoun.length()), false)) {
                return false;
            }
        }
        return true;
    }

    /** No long vowel letter (ا و ي) inside the word: a written long vowel is what a common word's reading rests on. */
    private static boolean consonantal(String stem) {
        for (int k = 1; k < stem.length(); k++) {
            char c = stem.charAt(k);
            if (c == 'ا' || c == 'و' || c == 'ي') {
                return false;
            }
        }
        return true;
    }

    /**
     * A title or role at most {@link #TITLE_REACH} words before word {@code i}, in its sentence:
     * الرئيس ترامب, المدرب كلوب, رئيس الوزراء الإسرائيلي بنيامين نتنياهو.
     */
    private boolean titleBefore(Tokens tokens, int i) {
        for (int j = i - 1; j >= Math.max(0, i - TITLE_REACH) && tokens.sentence(j) == tokens.sentence(i); j--) {
            if (words.titles().contains(tokens.word(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Arabic word {@code i}, read as {@code bare} (its proclitics but the article removed), stands
     * in apposition to a title: a definite title
     * at most {@link #TITLE_REACH} words before it with nothing but nisba adjectives between (الرئيس
     * الأمريكي ترامب), no comma, and no preposition on the word. An indefinite title heads a
     * construct whose next noun is what it is the office of (مدرب برشلونة, رئيس الوزراء); "المتحدث
     * باسم الوزارة" and "المتحدث الصحفي للرئاسة" name an office's ministry, not a person.
     */
    private boolean titleInApposition(Tokens tokens, int i, String bare) {
        String word = tokens.word(i);
        if (!word.equals(bare) && !(word.length() == bare.length() + 1 && word.endsWith(bare) && conjunction(word))) {
            return false;
        }
        return titleInApposition(tokens, i);
    }

    /**
     * {@link #titleInApposition(Tokens, int, String)} with the bare word given as a reading's stem
     * and whether the article is written before it: ال + stem, without building that string for
     * every common word read as a surname.
     */
    private boolean titleInApposition(Tokens tokens, int i, boolean article, String stem) {
        String word = tokens.word(i);
        int bare = stem.length() + (article ? 2 : 0);
        boolean whole = word.length() == bare && (!article || word.startsWith("ال"));
        boolean afterConjunction =
                word.length() == bare + 1 && conjunction(word) && (!article || word.startsWith("ال", 1));
        if (!(whole || afterConjunction) || !word.endsWith(stem)) {
            return false;
        }
        return titleInApposition(tokens, i);
    }

    /** A title, in its sentence, before word {@code i} with only adjectives (ending in ي) between. */
    private boolean titleInApposition(Tokens tokens, int i) {
        for (int j = i - 1; j >= Math.max(0, i - TITLE_REACH) && tokens.sentence(j) == tokens.sentence(i); j--) {
            if (separated(tokens, j, j + 1)) {
                return false;
            }
            String before = tokens.word(j);
            if (words.titles().contains(before)) {
                return before.startsWith("ال");
            }
            if (!before.endsWith("ي")) {
                return false;
            }
        }
        return false;
    }

    private static boolean conjunction(String word) {
        return word.charAt(0) == 'و' || word.charAt(0) == 'ف';
    }

    /** A comma stands between words {@code a} and {@code b}: they are not one name, nor a title and its name. */
    private static boolean separated(Tokens tokens, int a, int b) {
        String folded = tokens.text().folded();
        for (int k = tokens.end(a); k < tokens.start(b); k++) {
            if (folded.charAt(k) == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a regnal name stands for its monarch: before a regnal number that is theirs (Elizabeth
     * II, محمد السادس; Mohammed VI is not Mohammed V), or, with no number written, after a title
     * (Prince Charles, Queen Elizabeth, Sultan Muhammad, الملك تشارلز).
     */
    private boolean regnalPlace(Tokens tokens, int i, NameForm form) {
        if (regnal.after(tokens, i) != 0) {
            return numberAfter(tokens, i, form);
        }
        return i > 0
                && tokens.sentence(i - 1) == tokens.sentence(i)
                && words.titles().contains(tokens.word(i - 1));
    }

    /** A regnal number follows word {@code i} and agrees with {@code form}'s own, when the watched name gives one. */
    private boolean numberAfter(Tokens tokens, int i, NameForm form) {
        int written = regnal.after(tokens, i);
        if (written == 0) {
            return false;
        }
        int own = RegnalNumbers.watched(form.person().name());
        return own == 0 || own == written;
    }

    /** "Barack" in "Barack Obama" is not Tom Barrack: a capitalised word (not a title) follows. */
    private boolean partOfAnotherName(Tokens tokens, int i) {
        int next = i + 1;
        return next < tokens.size()
                && !tokens.isArabic(next)
                && tokens.sentence(next) == tokens.sentence(i)
                && startsUpper(tokens, next)
                && !words.titles().contains(tokens.word(next));
    }

    /**
     * "Beyonce Knowles" is not Craig Knowles: a capitalised word right after a person watched by
     * that one name is their surname (see {@link #withOwnSurname}), even when it is another
     * watched person's, who is not named alone by it there.
     */
    private static boolean afterOneNamePerson(TokenWords t, int i) {
        Tokens tokens = t.tokens;
        int before = i - 1;
        if (before < 0
                || tokens.isArabic(before)
                || tokens.sentence(before) != tokens.sentence(i)
                || !startsUpper(tokens, before)
                || !tokens.text()
                        .folded()
                        .substring(tokens.end(before), tokens.start(i))
                        .equals(" ")
                || initials(tokens, before)) {
            return false;
        }
        for (Reading r : t.at(before).surname()) {
            for (SurnameEntry.AloneForms way : r.surname().aloneForms()) {
                NameForm form = way.form();
                if (form.givenSkeletons().isEmpty() && form.particle() == null && !form.regnal()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word in capitals only: initials ("HR McMaster"), not a name. */
    private static boolean initials(Tokens tokens, int i) {
        return tokens.text()
                .originalSlice(tokens.start(i), tokens.end(i))
                .chars()
                .allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    /**
     * "Meghan Markle" for a person watched by the one name "Meghan": the capitalised word after a
     * name that is the whole of the person's watched name is their surname, when it is no watched
     * person's surname ("Barack Obama"), no common word ("Prince Harry Says") and no title.
     */
    private boolean withOwnSurname(TokenWords t, int i, NameForm form) {
        Tokens tokens = t.tokens;
        int next = i + 1;
        if (!form.givenSkeletons().isEmpty() || form.particle() != null) {
            return false;
        }
        String word = tokens.word(next);
        // a word one consonant off a surname is no one's name alone (see nearReadingsOf)
        // "Beyonce Knowles": another watched person's surname, yet not theirs alone here (afterOneNamePerson)
        return (t.at(next).surname().isEmpty() || afterOneNamePerson(t, next)) && !common.latin(word);
    }

    /**
     * The word starts with a capital, or is the lower-case part after a hyphen of a capitalised
     * word: a hyphenated given name keeps its capital on the first part only (Byung-hun, Jong-un,
     * Ki-moon).
     */
    private static boolean capitalised(Tokens tokens, int i) {
        if (startsUpper(tokens, i)) {
            return true;
        }
        String original = tokens.text().original();
        int at = tokens.text().originalStart(tokens.start(i));
        return i > 0
                && at < original.length()
                && Character.isLowerCase(original.charAt(at))
                && tokens.start(i) == tokens.end(i - 1) + 1
                && tokens.text().folded().charAt(tokens.end(i - 1)) == '-'
                && capitalised(tokens, i - 1);
    }

    /** The word itself starts with a capital (a surname alone, or a name after it, must). */
    private static boolean startsUpper(Tokens tokens, int i) {
        String original = tokens.text().original();
        int at = tokens.text().originalStart(tokens.start(i));
        return at < original.length() && Character.isUpperCase(original.charAt(at));
    }
}
