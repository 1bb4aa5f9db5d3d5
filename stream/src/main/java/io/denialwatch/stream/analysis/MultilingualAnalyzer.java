package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.Link;
import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Cue;
import io.denialwatch.common.model.Denier;
import io.denialwatch.common.model.OutletMention;
import io.denialwatch.common.model.PersonMention;
import io.denialwatch.common.model.PersonRef;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.text.FoldedText;
import io.denialwatch.common.text.Mojibake;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import io.denialwatch.stream.analysis.lexicon.Lexicon;
import io.denialwatch.stream.analysis.names.AmbiguousName;
import io.denialwatch.stream.analysis.names.AuthorMatch;
import io.denialwatch.stream.analysis.names.NamesFound;
import io.denialwatch.stream.analysis.names.PersonMatch;
import io.denialwatch.stream.analysis.names.PersonResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysis stage: normalise, guess the language, find persons and outlets, detect a denial,
 * then say who denies and whom it concerns. A first-person denial concerns its author; an office
 * that speaks for a person concerns that person; a news post reporting a denial names its denier.
 * Built once per topology from the gazetteer; thread-safe (all state is read-only after
 * construction). Never throws: whatever goes wrong becomes an empty analysis with an
 * {@code error} cue.
 */
public final class MultilingualAnalyzer implements PostAnalyzer {

    /**
     * The most watched people an undecided name is shown as a guess among. A surname alone that a
     * large watch list gives dozens of people ("Smith", "Mohamed") says nothing a desk can act on:
     * an alert for each of them would bury the desk, and each would carry all the others.
     */
    static final int MAX_UNDECIDED = 5;

    /** How many words after an office phrase still belong to its name ("media office of the presidency"). */
    private static final int OFFICE_NAME_WORDS = 4;

    private final AnalyzerConfig config;
    private final Map<String, DenialDetector> detectors = new HashMap<>();
    private final PersonResolver persons;
    private final OutletRecognizer outlets;
    private final EntityResolver entities;
    private final AmbiguityEvidence evidence;

    public MultilingualAnalyzer(Gazetteer gazetteer, AnalyzerConfig config) {
        this.config = config;
        Map<String, Lexicon> extra =
                config.extraLexicon() == null ? Map.of() : Lexicon.readExtra(config.extraLexicon());
        for (String lang : Lexicon.LANGUAGES) {
            detectors.put(lang, new DenialDetector(Lexicon.bundled(lang).plus(extra.get(lang)), config.threshold()));
        }
        this.persons = new PersonResolver(gazetteer, Countries.BUNDLED::placeWord);
        this.outlets = new OutletRecognizer(gazetteer.outlets());
        this.entities = new EntityResolver(gazetteer);
        this.evidence = new AmbiguityEvidence(gazetteer);
    }

    public MultilingualAnalyzer(Gazetteer gazetteer) {
        this(gazetteer, AnalyzerConfig.defaults());
    }

    @Override
    public Analysis analyze(Post post) {
        return analyzeTokenized(post, true).analysis();
    }

    /** Most posts concern no watched person: for those, cue and outlet matching are skipped. */
    @Override
    public Analysis analyzeForJoin(Post post) {
        return analyzeTokenized(post, false).analysis();
    }

    /**
     * What the denial decision of {@code post} is computed from, language guessed as in
     * {@link #analyze}: the input of {@code denialwatch train}.
     */
    public Set<DenialFeature> features(Post post) {
        Tokens tokens = Tokens.of(TextFold.mapped(Mojibake.repair(cap(post.fullText()))));
        String lang = LanguageGuesser.guess(post.lang(), tokens);
        return detectors
                .get(lang)
                .detect(tokens, !outlets.find(tokens).isEmpty())
                .features();
    }

    @Override
    public TokenizedAnalysis analyzeTokenized(Post post, boolean whole) {
        String id = post == null ? null : post.id();
        try {
            if (post == null || post.text() == null) {
                return new TokenizedAnalysis(empty(id, null, new Cue("error:no_text", "", 0, 0)), null);
            }
            return analyzeText(post, whole);
        } catch (RuntimeException | StackOverflowError e) {
            return new TokenizedAnalysis(
                    empty(id, null, new Cue("error:" + e.getClass().getSimpleName(), "", 0, 0)), null);
        }
    }

    private static Analysis empty(String id, String lang, Cue reason) {
        return new Analysis(id, lang, false, 0.0, List.of(reason), null, List.of(), List.of());
    }

    private TokenizedAnalysis analyzeText(Post post, boolean whole) {
        String full = post.fullText();
        String capped = cap(full);
        // title and text as the outlet meant them: UTF-8 once read as Latin-1 hides names and cues
        String analyzed = Mojibake.repair(capped);
        FoldedText folded = TextFold.mapped(analyzed);
        Tokens tokens = Tokens.of(folded);
        LocalDate day = PostDay.of(post);
        EntityResolver.Found named = entities.find(tokens, day, post.account(), post.url());
        NamesFound names = persons.names(tokens);
        List<PersonMatch> inText = withHolders(names.persons(), named.holders(), tokens);
        AuthorMatch author = persons.author(post.account());
        List<AmbiguousName> undecided = new ArrayList<>(0);
        AmbiguityEvidence.InPost shared =
                names.ambiguous().isEmpty() ? null : evidence.in(named, day, author, post.url(), tokens);
        for (AmbiguousName a : names.ambiguous()) {
            AmbiguityEvidence.Decision d = shared.decide(a, inText);
            if (d.person() == null) {
                if (d.candidates().size() <= MAX_UNDECIDED) {
                    undecided.add(new AmbiguousName(d.candidates(), a.from(), a.to()));
                }
            } else if (inText.stream()
                    .noneMatch(m -> m.person().id().equals(d.person().person().id()))) {
                inText = withHolders(inText, List.of(d.person()), tokens);
            }
        }
        inText = withGivenNamesAlone(post.url(), tokens, inText);
        if (!whole
                && inText.isEmpty()
                && undecided.isEmpty()
                && author.person() == null
                && author.organization() == null
                && named.organizations().isEmpty()) {
            // no one named, not by a watched person nor by an office speaking for one: whatever it
            // says, it concerns no watched person (see denier below); its language is not guessed
            // either, since only the detector reads it
            return new TokenizedAnalysis(
                    new Analysis(post.id(), null, false, 0.0, List.of(), null, List.of(), List.of()), tokens);
        }
        String lang = LanguageGuesser.guess(post.lang(), tokens);
        List<OutletMention> outletsNamed = outlets.find(tokens);
        DenialVerdict verdict = detectors.get(lang).detect(tokens, !outletsNamed.isEmpty());

        Map<String, PersonMention> concerned = new LinkedHashMap<>();
        Denier denier = null;
        if (verdict.denial()) {
            denier = denier(post.account(), day, author, verdict, tokens, inText, named, concerned);
        }
        if (author.person() != null) {
            // a person's own post concerns them, whatever it says
            concerned.putIfAbsent(
                    author.person().id(), mention(author.person(), accountName(post.account()), author.how()));
        }
        for (PersonMatch m : inText) {
            concerned.putIfAbsent(
                    m.person().id(),
                    mention(m.person(), folded.originalSlice(tokens.start(m.from()), tokens.end(m.to() - 1)), m.how()));
        }
        if (!verdict.denial() || concerned.isEmpty()) {
            denier = organizations(post.account(), author, named, folded, tokens, denier, concerned);
        } else {
            alsoOrganizations(named, day, folded, tokens, outletsNamed, concerned);
        }
        // after the organisations: a guess at a person is no reason to leave a named organisation out
        for (AmbiguousName a : undecided) {
            undecided(a, folded.originalSlice(tokens.start(a.from()), tokens.end(a.to() - 1)), concerned);
        }
        List<Cue> cues = new ArrayList<>(verdict.cues());
        if (capped.length() < full.length()) {
            cues.add(new Cue("limit:truncated", "", capped.length(), full.length()));
        }
        return new TokenizedAnalysis(
                new Analysis(
                        post.id(),
                        lang,
                        verdict.denial(),
                        round(verdict.score()),
                        cues,
                        denier,
                        new ArrayList<>(concerned.values()),
                        outletsNamed),
                tokens);
    }

    /**
     * The matches, with the persons the post calls by a given name alone and names otherwise too
     * ({@link PersonResolver#givenNamesAlone}): their surname elsewhere in it, or their full name in
     * its web address ("Kylie" in the body of {@code /kylie-minogue-denies-…}). The address is read
     * only when a word is someone's given name.
     */
    private List<PersonMatch> withGivenNamesAlone(String url, Tokens tokens, List<PersonMatch> inText) {
        AddressWords[] address = new AddressWords[1];
        List<PersonMatch> given = persons.givenNamesAlone(tokens, inText, p -> {
            if (address[0] == null) {
                address[0] = AddressWords.of(url);
            }
            return address[0].namesInFull(p);
        });
        return given.isEmpty() ? inText : withHolders(inText, given, tokens);
    }

    /**
     * A name the post gave several watched persons, nothing in it deciding between them: each of
     * them is concerned, with all of them as the candidates, so that the desk sees the guess and
     * whom else it may be (see {@link PersonMention#undecided()}).
     */
    private static void undecided(AmbiguousName a, String surface, Map<String, PersonMention> concerned) {
        List<PersonRef> candidates = a.candidates().stream()
                .map(p -> new PersonRef(p.id(), p.name()))
                .toList();
        String how = "ambiguous: " + candidates.size() + " watched people of that name";
        for (PersonEntry p : a.candidates()) {
            concerned.putIfAbsent(p.id(), new PersonMention(p.id(), p.name(), surface, how, candidates));
        }
    }

    /** The persons named, and the holders of the offices named that day, in text order, each person once. */
    private static List<PersonMatch> withHolders(List<PersonMatch> byName, List<PersonMatch> holders, Tokens tokens) {
        if (holders.isEmpty()) {
            return byName;
        }
        List<PersonMatch> all = new ArrayList<>(byName);
        for (PersonMatch h : holders) {
            if (byName.stream().noneMatch(m -> m.person().id().equals(h.person().id()) || appositive(h, m, tokens))) {
                all.add(h);
            }
        }
        all.sort(Comparator.comparingInt(PersonMatch::from));
        return all;
    }

    /**
     * Whether {@code name} follows {@code office}'s words with nothing between them, so that the
     * office's words are the named person's ("الرئيس الأميركي جو بايدن", "المتحدث باسم الكرملين
     * دميتري بيسكوف"), not a second person; after a comma ("البيت الأبيض، ستيفن تشيونج") the office
     * stands on its own.
     */
    private static boolean appositive(PersonMatch office, PersonMatch name, Tokens tokens) {
        return name.from() == office.to()
                && office.to() > 0
                && tokens.text()
                        .originalSlice(tokens.end(office.to() - 1), tokens.start(name.from()))
                        .isBlank();
    }

    /**
     * Organisations are watched in their own right: a story naming one (or posted from its account)
     * is filed under it, and so is a denial that concerns no watched person, which then joins the
     * organisation's stories; a reported denial names the organisation as its denier when no person
     * is. Returns the denier, so updated.
     */
    private static Denier organizations(
            Account account,
            AuthorMatch author,
            EntityResolver.Found named,
            FoldedText folded,
            Tokens tokens,
            Denier denier,
            Map<String, PersonMention> concerned) {
        OrganizationEntry own = author.organization();
        if (own != null) {
            concerned.putIfAbsent(own.id(), new PersonMention(own.id(), own.name(), accountName(account), "account"));
        }
        for (EntityResolver.OrganizationMatch m : named.organizations()) {
            concerned.putIfAbsent(m.organization().id(), named(m, folded, tokens));
        }
        if (denier != null
                && denier.id() == null
                && "reported".equals(denier.kind())
                && !named.organizations().isEmpty()) {
            OrganizationEntry first = named.organizations().get(0).organization();
            return new Denier(first.name(), "reported", first.id(), "named");
        }
        return denier;
    }

    /**
     * A denial that concerns a person may still be by or about an organisation the post names
     * ("Apple CEO Tim Cook …: there is no truth in their story about Apple"): it is filed under
     * that organisation too, so it joins the organisation's stories, unless the organisation
     * speaks that day for someone it already concerns (a presidency for its president: the
     * person's alert already is the organisation's), or it is named as an outlet ("denied a
     * Reuters report": the outlet whose report is denied ranks that report first, it is not
     * whom the denial concerns).
     */
    private static void alsoOrganizations(
            EntityResolver.Found named,
            LocalDate day,
            FoldedText folded,
            Tokens tokens,
            List<OutletMention> outletsNamed,
            Map<String, PersonMention> concerned) {
        for (EntityResolver.OrganizationMatch m : named.organizations()) {
            OrganizationEntry o = m.organization();
            PersonMention mention = named(m, folded, tokens);
            if (o.speaksFor().stream().anyMatch(l -> l.holdsOn(day) && concerned.containsKey(l.id()))
                    || outletsNamed.stream()
                            .anyMatch(x -> x.surface().contains(mention.surface())
                                    || mention.surface().contains(x.surface()))) {
                continue;
            }
            concerned.putIfAbsent(o.id(), mention);
        }
    }

    private static PersonMention named(EntityResolver.OrganizationMatch m, FoldedText folded, Tokens tokens) {
        OrganizationEntry o = m.organization();
        return new PersonMention(
                o.id(), o.name(), folded.originalSlice(tokens.start(m.from()), tokens.end(m.to() - 1)), "name");
    }

    /** The first {@code maxChars} chars, never splitting a surrogate pair. */
    private String cap(String text) {
        if (text.length() <= config.maxChars()) {
            return text;
        }
        int end = config.maxChars();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static PersonMention mention(PersonEntry p, String surface, String how) {
        return new PersonMention(p.id(), p.name(), surface, how);
    }

    /** Who denies; the author's person (self, or through an organisation) joins the concerned persons. */
    private static String accountName(Account account) {
        return account == null ? null : account.name() != null ? account.name() : account.handle();
    }

    private Denier denier(
            Account account,
            LocalDate day,
            AuthorMatch author,
            DenialVerdict verdict,
            Tokens tokens,
            List<PersonMatch> inText,
            EntityResolver.Found named,
            Map<String, PersonMention> concerned) {
        String accountName = accountName(account);
        OrganizationEntry org = author.organization();
        if (org != null && (verdict.firstPerson() || verdict.officeFrom() >= 0)) {
            spokenFor(org.speaksFor(), day, org.name(), concerned);
            return new Denier(org.name(), "office", org.id(), "account of " + org.name());
        }
        boolean outlet = account != null && account.kind() == AccountKind.OUTLET;
        boolean official = account != null && account.kind() == AccountKind.OFFICIAL;
        OrganizationEntry office = officeOrganization(verdict, named);
        if (verdict.firstPerson()) {
            // an outlet's account speaking in the first person is quoting someone else's statement
            if (author.person() != null && !outlet) {
                concerned.put(author.person().id(), mention(author.person(), accountName, author.how()));
                String spokesperson = spokenFor(
                        author.person().speaksFor(), day, author.person().name(), concerned);
                return new Denier(
                        author.person().name(),
                        "self",
                        author.person().id(),
                        spokesperson == null ? "account" : "spokesperson of " + spokesperson);
            }
            if (office != null) {
                return watchedOffice(office, "office", day, concerned);
            }
            if (verdict.officeFrom() >= 0 || official) {
                PersonMatch principal = outlet ? nearest(verdict, tokens, inText) : null;
                return new Denier(
                        verdict.officeFrom() >= 0 ? officeName(verdict, tokens) : accountName,
                        "office",
                        principal == null ? null : principal.person().id(),
                        officeOf(principal));
            }
            if (outlet) {
                PersonMatch speaker = nearest(verdict, tokens, inText);
                return speaker == null
                        ? new Denier(null, "self", null)
                        : new Denier(
                                speaker.person().name(),
                                "self",
                                speaker.person().id(),
                                named(speaker));
            }
            return new Denier(accountName, "self", null);
        }
        if (office != null) {
            return watchedOffice(office, official ? "office" : "reported", day, concerned);
        }
        if (verdict.officeFrom() >= 0) {
            // "the media office denied …": the office's own account saying so is first-hand; anyone else reports it
            PersonMatch principal = nearest(verdict, tokens, inText);
            return new Denier(
                    officeName(verdict, tokens),
                    official ? "office" : "reported",
                    principal == null ? null : principal.person().id(),
                    officeOf(principal));
        }
        PersonMatch subject = nearest(verdict, tokens, inText);
        if (subject == null) {
            return new Denier(null, "reported", null);
        }
        return new Denier(subject.person().name(), "reported", subject.person().id(), named(subject));
    }

    /**
     * The office the post names is a watched organisation: it is the denier, by its name, and its
     * denial concerns whom it speaks for that day.
     */
    private Denier watchedOffice(
            OrganizationEntry office, String kind, LocalDate day, Map<String, PersonMention> concerned) {
        spokenFor(office.speaksFor(), day, office.name(), concerned);
        return new Denier(office.name(), kind, office.id(), "named");
    }

    /**
     * The watched organisation named where the post names the office that denies ("مديرية الإعلام
     * في رئاسة الجمهورية", "the presidency"), if any: the office phrase overlaps or touches it.
     */
    private static OrganizationEntry officeOrganization(DenialVerdict verdict, EntityResolver.Found named) {
        if (verdict.officeFrom() < 0) {
            return null;
        }
        int from = verdict.officeFrom() - 1;
        int to = verdict.officeTo() + OFFICE_NAME_WORDS;
        for (EntityResolver.OrganizationMatch m : named.organizations()) {
            if (m.from() <= to && m.to() >= from) {
                return m.organization();
            }
        }
        return null;
    }

    /** How a denier found in the text was: by name, or as who held the office named that day. */
    private static String named(PersonMatch m) {
        return m.how() != null && m.how().startsWith("office holder") ? m.how() : "named";
    }

    /** How an office's denial is tied to the watched person it speaks for, if one is named. */
    private static String officeOf(PersonMatch principal) {
        return principal == null ? null : "office of " + principal.person().name();
    }

    /**
     * Whom a first-hand denial also concerns: those its author speaks for on {@code day} (the
     * president a media office speaks for, the ministry a spokesperson speaks for). Returns the
     * name of the first of them, or null for none.
     */
    private String spokenFor(List<Link> links, LocalDate day, String by, Map<String, PersonMention> concerned) {
        String first = null;
        for (Link l : links) {
            if (!l.holdsOn(day)) {
                continue;
            }
            PersonEntry p = persons.person(l.id());
            OrganizationEntry o = p == null ? entities.organization(l.id()) : null;
            if (p != null) {
                concerned.put(p.id(), mention(p, by, "speaks_for"));
            } else if (o != null) {
                concerned.putIfAbsent(o.id(), new PersonMention(o.id(), o.name(), by, "speaks_for"));
            }
            if (first == null && (p != null || o != null)) {
                first = p != null ? p.name() : o.name();
            }
        }
        return first;
    }

    /** The person named closest before the first deciding cue in its sentence, else the first named. */
    private static PersonMatch nearest(DenialVerdict verdict, Tokens tokens, List<PersonMatch> inText) {
        PersonMatch best = null;
        int cue = verdict.firstCueToken();
        for (PersonMatch m : inText) {
            if (cue >= 0
                    && tokens.sentence(m.from()) == tokens.sentence(cue)
                    && (best == null || Math.abs(m.from() - cue) < Math.abs(best.from() - cue))) {
                best = m;
            }
        }
        return best != null ? best : inText.isEmpty() ? null : inText.get(0);
    }

    private static String officeName(DenialVerdict verdict, Tokens tokens) {
        int to = verdict.officeTo();
        int limit = Math.min(tokens.size(), verdict.officeTo() + OFFICE_NAME_WORDS);
        while (to < limit
                && tokens.sentence(to) == tokens.sentence(verdict.officeFrom())
                && (verdict.firstCueToken() < 0
                        || to < verdict.firstCueToken()
                        || verdict.firstCueToken() < verdict.officeFrom())) {
            to++;
        }
        return tokens.text().originalSlice(tokens.start(verdict.officeFrom()), tokens.end(to - 1));
    }
}
