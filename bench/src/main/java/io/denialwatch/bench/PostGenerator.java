package io.denialwatch.bench;

import io.denialwatch.common.gazetteer.OutletEntry;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic public posts in Arabic, English and French, 100–600 characters long: about 1% are
 * denials (a spokesperson denying a report about a watched person, naming the outlet half of
 * the time, in the phrases a cue-based analyser looks for), 29% are stories about a watched
 * person (a fifth of them published by an outlet's account), and the rest concern nobody on the
 * list. Deterministic for a seed; not thread-safe (one generator per producing thread).
 */
public final class PostGenerator {
    /** What a generated post is meant to be. */
    public enum Kind {
        DENIAL,
        PERSON_STORY,
        OTHER
    }

    public static final double DENIAL_SHARE = 0.01;
    public static final double PERSON_STORY_SHARE = 0.29;
    public static final int MIN_CHARS = 100;
    public static final int MAX_CHARS = 600;
    private static final List<String> LANGS = List.of("ar", "en", "fr");

    private record Lang(
            List<String> denials, List<String> denialsNamingOutlet, List<String> stories, List<String> filler) {}

    // {p}: the person's name in the post's script, {o}: an outlet's name
    private static final Lang EN = new Lang(
            List.of(
                    "A spokesperson for {p} denied the reports that an agreement on the port contract had been signed, "
                            + "calling them baseless and not true.",
                    "{p}'s office denied the claims circulating online that the minister had resigned: \"this is "
                            + "simply not true\"."),
            List.of(
                    "A spokesperson for {p} denied the report by {o} that an agreement on the port contract had been "
                            + "signed, calling it baseless and not true.",
                    "{p}'s office denied the interview published by {o}, saying the remarks attributed to "
                            + "{p} are untrue."),
            List.of(
                    "{p} signed an agreement on the port contract with foreign investors on Tuesday, officials said.",
                    "{p} told reporters the ministry would review the reconstruction budget next month.",
                    "In an interview, {p} said the talks on the border crossings had reached a final stage."),
            List.of(
                    "Officials expect the budget to be debated again before the end of the session.",
                    "Traffic in the capital was heavy on Monday as several roads remained closed for repairs.",
                    "The central bank kept its main rate unchanged and said inflation was easing slowly.",
                    "Farmers in the north reported a better harvest than last year after steady rains.",
                    "The committee will publish its findings after hearing from local residents.",
                    "Electricity supply improved in several districts after the new lines came into service.",
                    "Schools reopened across the region after a two-week break for the holidays."));
    private static final Lang FR = new Lang(
            List.of("Le porte-parole de {p} a démenti les informations selon lesquelles un accord sur le contrat du "
                    + "port aurait été signé, les qualifiant d'infondées."),
            List.of("Le porte-parole de {p} a démenti les informations publiées par {o} selon lesquelles un accord "
                    + "sur le contrat du port aurait été signé, les qualifiant d'infondées."),
            List.of(
                    "{p} a signé mardi un accord sur le contrat du port avec des investisseurs étrangers, selon des "
                            + "responsables.",
                    "Dans un entretien, {p} a déclaré que les discussions sur les points de passage touchaient à leur fin."),
            List.of(
                    "Les responsables s'attendent à un nouveau débat sur le budget avant la fin de la session.",
                    "La circulation était dense lundi dans la capitale, plusieurs routes restant fermées pour travaux.",
                    "La banque centrale a maintenu son taux directeur et juge que l'inflation ralentit lentement.",
                    "Les agriculteurs du nord annoncent une meilleure récolte que l'an dernier grâce aux pluies.",
                    "La commission publiera ses conclusions après avoir entendu les habitants.",
                    "Les écoles ont rouvert dans toute la région après deux semaines de vacances."));
    private static final Lang AR = new Lang(
            List.of("نفى مكتب {p} الإعلامي الأنباء المتداولة عن توقيع اتفاق بشأن عقد الميناء، مؤكدا أنها غير صحيحة."),
            List.of(
                    "نفى مكتب {p} الإعلامي ما نشرته {o} عن توقيع اتفاق بشأن عقد الميناء، مؤكدا أن هذه الأنباء غير صحيحة."),
            List.of(
                    "وقع {p} يوم الثلاثاء اتفاقا بشأن عقد الميناء مع مستثمرين أجانب، بحسب مسؤولين.",
                    "قال {p} في مقابلة إن المحادثات حول المعابر الحدودية وصلت إلى مرحلتها الأخيرة."),
            List.of(
                    "يتوقع المسؤولون مناقشة الموازنة مجددا قبل نهاية الدورة.",
                    "شهدت العاصمة ازدحاما مروريا يوم الاثنين بسبب إغلاق عدة طرق للصيانة.",
                    "أبقى المصرف المركزي سعر الفائدة دون تغيير وقال إن التضخم يتراجع ببطء.",
                    "أفاد مزارعون في الشمال بموسم حصاد أفضل من العام الماضي بعد هطول الأمطار.",
                    "ستنشر اللجنة نتائجها بعد الاستماع إلى السكان المحليين.",
                    "عادت المدارس لاستقبال الطلاب في المنطقة بعد عطلة استمرت أسبوعين."));

    private final List<SyntheticWatchList.Person> persons;
    private final List<OutletEntry> outlets;
    private final String idPrefix;
    private final SplittableRandom random;
    private long seq;

    public PostGenerator(
            List<SyntheticWatchList.Person> persons, List<OutletEntry> outlets, String idPrefix, long seed) {
        if (persons.isEmpty() || outlets.isEmpty()) {
            throw new IllegalArgumentException("the generator needs at least one person and one outlet");
        }
        this.persons = List.copyOf(persons);
        this.outlets = List.copyOf(outlets);
        this.idPrefix = idPrefix;
        this.random = new SplittableRandom(seed);
    }

    /** Draws what the next post is, in the shares above. */
    public Kind draw() {
        double x = random.nextDouble();
        return x < DENIAL_SHARE ? Kind.DENIAL : x < DENIAL_SHARE + PERSON_STORY_SHARE ? Kind.PERSON_STORY : Kind.OTHER;
    }

    public Post next(Instant publishedAt, Instant fetchedAt) {
        return post(draw(), publishedAt, fetchedAt);
    }

    public Post post(Kind kind, Instant publishedAt, Instant fetchedAt) {
        String lang = LANGS.get(random.nextInt(LANGS.size()));
        Lang l = switch (lang) {
            case "ar" -> AR;
            case "fr" -> FR;
            default -> EN;
        };
        SyntheticWatchList.Person person = persons.get(random.nextInt(persons.size()));
        OutletEntry outlet = outlets.get(random.nextInt(outlets.size()));
        String name = "ar".equals(lang) ? person.arabic() : person.name();
        String outletName = "ar".equals(lang) ? arabicName(outlet) : outlet.name();
        Account account = null;
        String lead = switch (kind) {
            case DENIAL -> pick(random.nextBoolean() ? l.denialsNamingOutlet() : l.denials());
            case PERSON_STORY -> pick(l.stories());
            case OTHER -> pick(l.filler());
        };
        if (kind == Kind.PERSON_STORY
                && random.nextInt(5) == 0
                && !outlet.accounts().isEmpty()) {
            String acct = outlet.accounts().get(0);
            account = new Account(acct, acct.substring(acct.indexOf(':') + 1), outlet.name(), AccountKind.OUTLET);
        }
        String text = fill(lead.replace("{p}", name).replace("{o}", outletName), l.filler());
        String id = idPrefix + (seq++);
        return new Post(
                id,
                "bench",
                "https://bench.invalid/" + id,
                publishedAt,
                fetchedAt,
                account,
                lang,
                null,
                text,
                List.of(),
                null,
                null,
                null);
    }

    /** Adds filler sentences after the lead until a length drawn between the bounds is reached. */
    private String fill(String lead, List<String> filler) {
        int target = MIN_CHARS + random.nextInt(MAX_CHARS - MIN_CHARS + 1);
        StringBuilder b = new StringBuilder(lead);
        int tries = 0;
        while (b.length() < target && tries++ < 20) {
            String s = pick(filler);
            if (b.length() + 1 + s.length() > MAX_CHARS) {
                if (b.length() >= MIN_CHARS) {
                    break;
                }
                continue;
            }
            b.append(' ').append(s);
        }
        return b.toString();
    }

    private static String arabicName(OutletEntry o) {
        for (String a : o.aliases()) {
            if (!a.isEmpty() && a.charAt(0) >= '\u0600' && a.charAt(0) <= '\u06FF') {
                return a;
            }
        }
        return o.name();
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
