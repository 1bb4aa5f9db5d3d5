package io.denialwatch.stream.analysis.names;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.model.Account;
import io.denialwatch.stream.analysis.text.TextNormalizer;
import io.denialwatch.stream.analysis.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds watched persons in a text, in any script and spelling, from a gazetteer that may give
 * nothing but a Latin name. Every name and alias is indexed at construction by the consonant
 * skeleton of its surname ({@link NameKeys}), so a post costs a few hash look-ups per word
 * whether the gazetteer holds ten persons or ten thousand.
 *
 * <p>A surname with a given name before it (any of the person's given names, in any script) is a
 * full match. A surname alone is accepted only when it is distinctive: no other watched person
 * shares its skeleton, it is capitalised (Latin) or not a stop-word (Arabic), it carries the
 * article when the watched name does (الشرع for al-Sharaa; a bare three-letter skeleton would hit
 * common words), and a Latin spelling must agree with its vowels, not only its skeleton.
 */
public final class PersonResolver {

    private static final int MIN_SKELETON = 2;
    /** Without the article, an Arabic surname alone needs this many consonants to be trusted. */
    private static final int MIN_BARE_SKELETON = 3;
    /** A capitalised Latin surname with this many consonants is distinctive in any spelling (Netanyahou). */
    private static final int LONG_SKELETON = 4;

    private final NameWords words = NameWords.BUNDLED;
    private final Map<String, List<NameForm>> bySurname = new HashMap<>();
    private final Map<String, Integer> personsPerSurname = new HashMap<>();
    private final Map<String, PersonEntry> personAccounts = new HashMap<>();
    private final Map<String, OrganizationEntry> organizationAccounts = new HashMap<>();
    private final Map<String, OrganizationEntry> organizationNames = new HashMap<>();
    private final Map<String, PersonEntry> byId = new HashMap<>();

    public PersonResolver(Gazetteer gazetteer) {
        Map<String, Set<String>> idsPerSurname = new HashMap<>();
        for (PersonEntry p : gazetteer.persons()) {
            byId.put(p.id(), p);
            List<String> names = new ArrayList<>();
            names.add(p.name());
            names.addAll(p.aliases());
            for (String name : names) {
                for (NameForm form : name == null ? List.<NameForm>of() : NameForm.parse(p, name, words)) {
                    if (form.surnameSkeleton().length() >= MIN_SKELETON) {
                        bySurname.computeIfAbsent(form.surnameSkeleton(), k -> new ArrayList<>()).add(form);
                        idsPerSurname.computeIfAbsent(form.surnameSkeleton(), k -> new HashSet<>()).add(p.id());
                    }
                }
            }
            p.accounts().forEach(a -> accountKeys(a).forEach(k -> personAccounts.put(k, p)));
        }
        idsPerSurname.forEach((k, ids) -> personsPerSurname.put(k, ids.size()));
        for (OrganizationEntry o : gazetteer.organizations()) {
            o.accounts().forEach(a -> accountKeys(a).forEach(k -> organizationAccounts.put(k, o)));
            organizationNames.put(TextNormalizer.foldToString(o.name()).strip(), o);
            o.aliases().forEach(a -> organizationNames.put(TextNormalizer.foldToString(a).strip(), o));
        }
    }

    public PersonEntry person(String id) {
        return id == null ? null : byId.get(id);
    }

    /** "x:Example" → {"x:example", "example"}, so an entry matches an account id or a bare handle. */
    private static List<String> accountKeys(String account) {
        String k = account.trim().toLowerCase(Locale.ROOT);
        int colon = k.indexOf(':');
        return colon > 0 ? List.of(k, k.substring(colon + 1)) : List.of(k);
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
            String k = key.trim().toLowerCase(Locale.ROOT);
            String bare = k.startsWith("@") ? k.substring(1) : k;
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
        String folded = TextNormalizer.foldToString(account.name()).strip();
        OrganizationEntry org = organizationNames.get(folded);
        if (org != null) {
            return new AuthorMatch(null, org, "account");
        }
        List<PersonMatch> named = find(Tokens.of(TextNormalizer.fold(account.name())));
        return named.isEmpty() ? AuthorMatch.NONE : new AuthorMatch(named.get(0).person(), null, "account");
    }

    /** The watched persons named in {@code tokens}, best match per person, in text order. */
    public List<PersonMatch> find(Tokens tokens) {
        Map<String, PersonMatch> best = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.word(i);
            if (tokens.isArabic(i)) {
                for (ArabicWord reading : ArabicWord.readings(w)) {
                    consider(tokens, i, reading.stem(), reading.article(), best);
                }
            } else {
                boolean article = i > 0 && words.articles().contains(tokens.word(i - 1))
                        && tokens.sentence(i - 1) == tokens.sentence(i);
                consider(tokens, i, w, article, best);
            }
        }
        return new ArrayList<>(best.values());
    }

    private void consider(Tokens tokens, int i, String stem, boolean article, Map<String, PersonMatch> best) {
        if (stem.length() < MIN_SKELETON) {
            return;
        }
        String skeleton = NameKeys.skeleton(stem);
        List<NameForm> forms = bySurname.get(skeleton);
        if (forms == null) {
            return;
        }
        int[] heard = null;
        for (NameForm form : forms) {
            if (form.latin() && tokens.isArabic(i)) {
                heard = heard == null ? NameKeys.vowelGaps(stem) : heard;
                if (!NameKeys.vowelsAgree(heard, form.surnameVowels())) {
                    continue;
                }
            }
            PersonMatch m = fullMatch(tokens, i, stem, form);
            if (m == null && surnameAlone(tokens, i, stem, article, form)) {
                int from = article && !tokens.isArabic(i) ? i - 1 : i;
                m = new PersonMatch(form.person(), from, i + 1, "surname");
            }
            if (m != null) {
                PersonMatch old = best.get(form.person().id());
                if (old == null || rank(m.how()) > rank(old.how())) {
                    best.put(form.person().id(), m);
                }
            }
        }
    }

    private static int rank(String how) {
        return switch (how) {
            case "alias" -> 3;
            case "transliteration" -> 2;
            default -> 1;
        };
    }

    /** A given name of {@code form} right before the surname (articles and the particle skipped). */
    private PersonMatch fullMatch(Tokens tokens, int i, String stem, NameForm form) {
        if (form.givenSkeletons().isEmpty()) {
            return null;
        }
        int j = i - 1;
        if (j >= 0 && !tokens.isArabic(i) && words.articles().contains(tokens.word(j))) {
            j--;
        }
        if (form.particle() != null) {
            if (j < 0 || !NameKeys.skeleton(tokens.word(j)).equals(form.particle())) {
                return null;
            }
            j--;
        }
        while (j > 0 && !tokens.isArabic(j) && tokens.word(j).length() == 1) {
            j--; // a middle initial: Thomas J. Barrack
        }
        if (j < 0 || tokens.sentence(j) != tokens.sentence(i)) {
            return null;
        }
        String given = tokens.word(j);
        List<String> readings = new ArrayList<>(2);
        readings.add(given);
        if (tokens.isArabic(j) && given.length() > 3 && (given.charAt(0) == 'و' || given.charAt(0) == 'ف')) {
            readings.add(given.substring(1));
        }
        for (String g : readings) {
            int k = form.givenSkeletons().indexOf(NameKeys.skeleton(g));
            if (k >= 0) {
                boolean exact = form.latin() == !tokens.isArabic(i)
                        && NameKeys.loose(stem).equals(form.surnameLoose())
                        && NameKeys.loose(g).equals(form.givenLoose().get(k));
                return new PersonMatch(form.person(), j, i + 1, exact ? "alias" : "transliteration");
            }
        }
        return null;
    }

    private boolean surnameAlone(Tokens tokens, int i, String stem, boolean article, NameForm form) {
        if (personsPerSurname.getOrDefault(form.surnameSkeleton(), 0) != 1) {
            return false;
        }
        if (form.particle() != null && (i == 0 || !NameKeys.skeleton(tokens.word(i - 1)).equals(form.particle()))) {
            return false;
        }
        if (tokens.isArabic(i)) {
            if (words.stopwords().contains(tokens.word(i)) || words.stopwords().contains(stem)) {
                return false;
            }
            if (form.surnameArticle()) {
                return article;
            }
            return form.surnameSkeleton().length() >= MIN_BARE_SKELETON && stem.length() >= 4;
        }
        if (!capitalised(tokens, i) || partOfAnotherName(tokens, i)) {
            return false;
        }
        if (NameKeys.loose(stem).equals(form.surnameLoose()) || form.surnameSkeleton().length() >= LONG_SKELETON) {
            return true;
        }
        return article && form.surnameArticle();
    }

    /** "Barack" in "Barack Obama" is not Tom Barrack: a capitalised word (not a title) follows. */
    private boolean partOfAnotherName(Tokens tokens, int i) {
        int next = i + 1;
        return next < tokens.size() && !tokens.isArabic(next) && tokens.sentence(next) == tokens.sentence(i)
                && capitalised(tokens, next) && !words.titles().contains(tokens.word(next));
    }

    private static boolean capitalised(Tokens tokens, int i) {
        String original = tokens.text().original();
        int at = tokens.text().originalStart(tokens.start(i));
        return at < original.length() && Character.isUpperCase(original.charAt(at));
    }
}
