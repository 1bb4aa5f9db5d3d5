package io.denialwatch.stream.analysis;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.Link;
import io.denialwatch.common.gazetteer.OrganizationEntry;
import io.denialwatch.common.gazetteer.OutletEntry;
import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Cue;
import io.denialwatch.common.model.Denier;
import io.denialwatch.common.model.OutletMention;
import io.denialwatch.common.model.PersonMention;
import io.denialwatch.common.model.Post;
import io.denialwatch.common.text.TextFold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A first, deliberately small analyser: fixed cue phrases and exact (folded) name matches from
 * the gazetteer's names and aliases: cheap to build, for tests that need the topology but not
 * the real analyser's judgement.
 */
public final class SimpleCueAnalyzer implements PostAnalyzer {
    private static final List<String> FIRST_PERSON =
            List.of("انفي", "ننفي", "نؤكد عدم صحه", "i deny", "we deny", "je dements", "je démens", "nous dementons");
    private static final List<String> CUES = List.of(
            "انفي",
            "ننفي",
            "نفى",
            "نفت",
            "نفي",
            "عدم صحه",
            "غير صحيح",
            "عار عن الصحه",
            "لم اجر اي مقابله",
            "denies",
            "denied",
            "deny",
            "not true",
            "untrue",
            "baseless",
            "never gave an interview",
            "dement",
            "démenti",
            "dément",
            "infonde",
            "infondé");

    private final Gazetteer gazetteer;

    public SimpleCueAnalyzer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Analysis analyze(Post post) {
        String text = post.fullText();
        String folded = " " + TextFold.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        List<Cue> cues = new ArrayList<>();
        for (String cue : CUES) {
            String c = TextFold.fold(cue);
            if (folded.contains(" " + c + " ")) {
                cues.add(new Cue("denial_cue", cue, -1, -1));
            }
        }
        boolean firstPerson = FIRST_PERSON.stream().anyMatch(c -> folded.contains(" " + TextFold.fold(c) + " "));
        Map<String, PersonMention> persons = new LinkedHashMap<>();
        Account acct = post.account();
        PersonEntry author = authorPerson(acct);
        if (author != null) {
            persons.put(author.id(), new PersonMention(author.id(), author.name(), acct.name(), "account"));
        }
        for (PersonEntry p : gazetteer.persons()) {
            for (String n : names(p.name(), p.aliases())) {
                if (folded.contains(" " + n + " ")) {
                    persons.putIfAbsent(p.id(), new PersonMention(p.id(), p.name(), n, "alias"));
                }
            }
        }
        OrganizationEntry office = null;
        for (OrganizationEntry o : gazetteer.organizations()) {
            if (names(o.name(), o.aliases()).stream().anyMatch(n -> folded.contains(" " + n + " "))) {
                office = o;
            }
        }
        List<OutletMention> outlets = new ArrayList<>();
        for (OutletEntry o : gazetteer.outlets()) {
            for (String n : names(o.name(), o.aliases())) {
                if (n.length() > 2 && folded.contains(" " + n + " ")) {
                    outlets.add(new OutletMention(o.id(), o.name(), n));
                    break;
                }
            }
        }
        boolean denial = !cues.isEmpty();
        Denier denier = null;
        if (denial) {
            if (firstPerson && author != null) {
                denier = new Denier(acct.name(), "self", author.id());
            } else if (office != null) {
                denier = new Denier(office.name(), firstPerson ? "office" : "reported", office.id());
                for (Link l : office.speaksFor()) {
                    PersonEntry p = gazetteer.person(l.id());
                    if (p != null) {
                        persons.putIfAbsent(p.id(), new PersonMention(p.id(), p.name(), office.name(), "speaks_for"));
                    }
                }
            } else {
                denier = new Denier(acct == null ? null : acct.name(), "reported", null);
            }
        }
        String lang = post.lang() != null
                ? post.lang()
                : text.chars().anyMatch(ch -> ch >= 0x0600 && ch <= 0x06FF) ? "ar" : "en";
        return new Analysis(
                post.id(), lang, denial, denial ? 0.8 : 0.0, cues, denier, List.copyOf(persons.values()), outlets);
    }

    private PersonEntry authorPerson(Account acct) {
        if (acct == null) {
            return null;
        }
        for (PersonEntry p : gazetteer.persons()) {
            for (String a : p.accounts()) {
                if (a.equalsIgnoreCase(acct.id())
                        || acct.handle() != null
                                && a.toLowerCase(Locale.ROOT)
                                        .endsWith(":" + acct.handle().toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
            if (acct.name() != null) {
                String n = " " + TextFold.fold(acct.name()).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
                if (names(p.name(), p.aliases()).stream().anyMatch(x -> n.contains(" " + x + " "))) {
                    return p;
                }
            }
        }
        return null;
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> out = new ArrayList<>();
        out.add(TextFold.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").trim());
        aliases.forEach(a ->
                out.add(TextFold.fold(a).replaceAll("[^\\p{L}\\p{N}]+", " ").trim()));
        return out;
    }
}
