package io.denialwatch.stream.analysis.bench;

import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Post;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A watch list of any size shaped like a Wikidata import (docs/watchlist.md): 80% persons with
 * five aliases in Latin and Arabic script, 15% organisations with three, 5% offices of those
 * organisations with generic titles in three languages and three successive holders; and posts
 * in Arabic, English and French, most naming nobody, some a person, an organisation or an office.
 * Names are built from syllables, so that surnames are many (1,176) and shared as in a real list,
 * not one per person.
 */
final class GeneratedWatchList {
    private static final String[][] SYLLABLES = {
        {"Ba", "با"}, {"Da", "دا"}, {"Fa", "فا"}, {"Ha", "ها"}, {"Ja", "جا"}, {"Ka", "كا"}, {"La", "لا"},
        {"Ma", "ما"}, {"Na", "نا"}, {"Ra", "را"}, {"Sa", "سا"}, {"Ta", "تا"}, {"Wa", "وا"}, {"Za", "زا"},
    };
    private static final String[][] ENDINGS = {{"r", "ر"}, {"n", "ن"}, {"m", "م"}, {"d", "د"}, {"l", "ل"}, {"s", "س"}};
    private static final String[][] KINDS = {
        {"Holdings", "القابضة", "Groupe"},
        {"Bank", "بنك", "Banque"},
        {"Party", "حزب", "Parti"},
        {"Club", "نادي", "Club"},
        {"Agency", "وكالة", "Agence"},
    };
    private static final int SURNAMES = SYLLABLES.length * SYLLABLES.length * ENDINGS.length;
    private static final int GIVEN = SYLLABLES.length * SYLLABLES.length;

    private GeneratedWatchList() {}

    /** Surname {@code i}: Latin and Arabic. */
    private static String[] surname(int i) {
        String[] a = SYLLABLES[i % SYLLABLES.length];
        String[] b = SYLLABLES[(i / SYLLABLES.length) % SYLLABLES.length];
        String[] e = ENDINGS[(i / (SYLLABLES.length * SYLLABLES.length)) % ENDINGS.length];
        return new String[] {a[0] + b[0].toLowerCase(java.util.Locale.ROOT) + e[0], a[1] + b[1] + e[1]};
    }

    /** Given name {@code i} (196 of them): two syllables and a long i, Latin and Arabic. */
    private static String[] given(int i) {
        String[] a = SYLLABLES[i % SYLLABLES.length];
        String[] b = SYLLABLES[(i / SYLLABLES.length) % SYLLABLES.length];
        return new String[] {a[0] + b[0].toLowerCase(java.util.Locale.ROOT) + "mi", a[1] + b[1] + "مي"};
    }

    /** Person {@code i}: given, father's and family name, Latin and Arabic. */
    private static String[][] person(int i) {
        return new String[][] {given(i / SURNAMES), given(i / (SURNAMES * GIVEN) + 1), surname(i)};
    }

    static int persons(int entities) {
        return entities * 80 / 100;
    }

    static int organizations(int entities) {
        return entities * 15 / 100;
    }

    static int offices(int entities) {
        return entities - persons(entities) - organizations(entities);
    }

    private static String orgName(int o) {
        return surname(o * 7)[0] + " " + KINDS[o % KINDS.length][0];
    }

    static String yaml(int entities) {
        StringBuilder b = new StringBuilder("persons:\n");
        for (int i = 0; i < persons(entities); i++) {
            String[][] p = person(i);
            b.append("  - id: p").append(i).append('\n');
            b.append("    name: ").append(p[0][0]).append(' ').append(p[2][0]).append('\n');
            b.append("    aliases: [")
                    .append(p[0][0] + " " + p[1][0] + " " + p[2][0])
                    .append(", ")
                    .append(p[0][1] + " " + p[2][1])
                    .append(", ")
                    .append(p[0][1] + " " + p[1][1] + " " + p[2][1])
                    .append(", ")
                    .append(p[0][0] + " al-" + p[2][0])
                    .append(", ")
                    .append("Abu " + p[1][0] + " " + p[2][0])
                    .append("]\n");
            b.append("    wikidata: Q").append(1_000_000 + i).append('\n');
        }
        b.append("organizations:\n");
        for (int o = 0; o < organizations(entities); o++) {
            String[] s = surname(o * 7);
            String[] k = KINDS[o % KINDS.length];
            b.append("  - id: o").append(o).append('\n');
            b.append("    name: ").append(orgName(o)).append('\n');
            b.append("    aliases: [")
                    .append(k[1] + " " + s[1])
                    .append(", ")
                    .append(k[2] + " " + s[0])
                    .append(", ")
                    .append(s[0] + " " + k[0] + " Ltd")
                    .append("]\n");
            b.append("    wikidata: Q").append(2_000_000 + o).append('\n');
        }
        b.append("roles:\n");
        int persons = persons(entities);
        for (int r = 0; r < offices(entities); r++) {
            String org = orgName(r);
            b.append("  - id: r").append(r).append('\n');
            b.append("    name: chairperson of ").append(org).append('\n');
            b.append("    aliases: [président de ")
                    .append(org)
                    .append(", رئيس ")
                    .append(KINDS[r % KINDS.length][1])
                    .append(' ')
                    .append(surname(r * 7)[1])
                    .append("]\n");
            b.append("    titles: [chairperson, chairman, président, رئيس]\n");
            b.append("    of: o").append(r).append('\n');
            b.append("    holders:\n");
            for (int h = 0; h < 3; h++) {
                b.append("      - {person: p")
                        .append((r * 3 + h) % persons)
                        .append(", from: ")
                        .append(2010 + 5 * h)
                        .append("-01-01")
                        .append(h == 2 ? "" : ", to: " + (2014 + 5 * h) + "-12-31")
                        .append("}\n");
            }
        }
        return b.toString();
    }

    /** {@code n} posts: 70% naming nobody watched, 20% a person, 5% an organisation, 5% an office. */
    static List<Post> posts(int entities, int n) {
        Random random = new Random(7);
        List<Post> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(100);
            int lang = random.nextInt(3);
            String[][] p = person(random.nextInt(persons(entities)));
            int o = random.nextInt(Math.max(1, offices(entities)));
            String text;
            if (kind < 70) {
                text = switch (lang) {
                    case 0 ->
                        "Heavy rain flooded streets in the old city on Tuesday, officials said, and schools "
                                + "were closed while crews cleared the roads.";
                    case 1 ->
                        "أغلقت المدارس في المدينة القديمة يوم الثلاثاء بعد أمطار غزيرة أغرقت الشوارع، "
                                + "بحسب مسؤولين محليين.";
                    default ->
                        "De fortes pluies ont inondé les rues de la vieille ville mardi, selon les "
                                + "autorités, et les écoles sont restées fermées.";
                };
            } else if (kind < 90) {
                text = switch (lang) {
                    case 0 ->
                        p[0][0] + " " + p[2][0] + " denied reports that he met officials in Geneva last "
                                + "week, calling them fabricated.";
                    case 1 ->
                        "نفى " + p[0][1] + " " + p[2][1] + " التقارير التي تحدثت عن لقائه مسؤولين في جنيف "
                                + "الأسبوع الماضي.";
                    default ->
                        p[0][0] + " " + p[2][0] + " a démenti avoir rencontré des responsables à Genève "
                                + "la semaine dernière.";
                };
            } else if (kind < 95) {
                text = orgName(o) + " denied reports that it had moved its reserves abroad, calling them false.";
            } else {
                text = "The chairperson of " + orgName(o) + " denied reports of a secret meeting in Geneva.";
            }
            out.add(Post.of(
                    "bench:" + i,
                    "bench",
                    Instant.parse("2021-04-26T10:00:00Z"),
                    new Account("x:wire", "wire", "Wire", AccountKind.OUTLET),
                    text));
        }
        return out;
    }
}
