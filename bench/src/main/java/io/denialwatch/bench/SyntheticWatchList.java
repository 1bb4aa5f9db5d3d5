package io.denialwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A watch list of any size up to {@value #MAX} made-up persons, each with a Latin name and its
 * Arabic spelling as an alias (names built from common given and family names, so they look
 * like the real thing to a name matcher but belong to nobody in particular).
 */
public final class SyntheticWatchList {
    /** A generated person: {@code id}, Latin {@code name}, Arabic {@code arabic} alias. */
    public record Person(String id, String name, String arabic) {}

    private static final String[][] GIVEN = {
        {"Karim", "كريم"},
        {"Sami", "سامي"},
        {"Nabil", "نبيل"},
        {"Rami", "رامي"},
        {"Omar", "عمر"},
        {"Tarek", "طارق"},
        {"Walid", "وليد"},
        {"Hassan", "حسن"},
        {"Yousef", "يوسف"},
        {"Khaled", "خالد"},
        {"Ziad", "زياد"},
        {"Fadi", "فادي"},
        {"Majed", "ماجد"},
        {"Bassam", "بسام"},
        {"Adel", "عادل"},
        {"Jamal", "جمال"},
        {"Nizar", "نزار"},
        {"Hani", "هاني"},
        {"Imad", "عماد"},
        {"Samir", "سمير"},
        {"Layla", "ليلى"},
        {"Rania", "رانيا"},
        {"Hala", "هالة"},
        {"Maha", "مها"},
        {"Dina", "دينا"},
        {"Salma", "سلمى"},
        {"Nour", "نور"},
        {"Reem", "ريم"},
        {"Lina", "لينا"},
        {"Amal", "أمل"},
    };
    private static final String[][] FAMILY = {
        {"Haddad", "حداد"}, {"Khoury", "خوري"}, {"Nasser", "ناصر"}, {"Mansour", "منصور"}, {"Saleh", "صالح"},
        {"Darwish", "درويش"}, {"Hamdan", "حمدان"}, {"Qassem", "قاسم"}, {"Barakat", "بركات"}, {"Shami", "شامي"},
        {"Halabi", "حلبي"}, {"Masri", "مصري"}, {"Tamimi", "تميمي"}, {"Jaber", "جابر"}, {"Azzam", "عزام"},
        {"Sabbagh", "صباغ"}, {"Hariri", "حريري"}, {"Kanaan", "كنعان"}, {"Zoubi", "زعبي"}, {"Atassi", "أتاسي"},
        {"Rifai", "رفاعي"}, {"Sayegh", "صايغ"}, {"Bitar", "بيطار"}, {"Ghanem", "غانم"}, {"Hijazi", "حجازي"},
        {"Abboud", "عبود"}, {"Akkad", "عقاد"}, {"Asmar", "أسمر"}, {"Badawi", "بدوي"}, {"Bakri", "بكري"},
        {"Dabbagh", "دباغ"}, {"Dajani", "دجاني"}, {"Farhat", "فرحات"}, {"Ghazal", "غزال"}, {"Habib", "حبيب"},
        {"Hakim", "حكيم"}, {"Hallaq", "حلاق"}, {"Hamoud", "حمود"}, {"Issa", "عيسى"}, {"Jabri", "جابري"},
        {"Karam", "كرم"}, {"Kassab", "قصاب"}, {"Khatib", "خطيب"}, {"Labban", "لبان"}, {"Maalouf", "معلوف"},
        {"Najjar", "نجار"}, {"Nahhas", "نحاس"}, {"Qabbani", "قباني"}, {"Rahhal", "رحال"}, {"Saadeh", "سعادة"},
        {"Sabri", "صبري"}, {"Shaheen", "شاهين"}, {"Sharif", "شريف"}, {"Tannous", "طنوس"}, {"Wehbe", "وهبة"},
        {"Yazbek", "يزبك"}, {"Zaher", "زاهر"}, {"Zein", "زين"}, {"Zaidan", "زيدان"}, {"Murad", "مراد"},
    };
    // past the common family names, made-up ones of two syllables and an ending, so that a list of
    // 100,000 shares each surname among a few dozen persons, as an import of that size does,
    // rather than among thousands
    private static final String[][] SYLLABLE = {
        {"Ba", "با"}, {"da", "دا"}, {"Fa", "فا"}, {"ja", "جا"}, {"Ka", "كا"}, {"la", "لا"}, {"Ma", "ما"},
        {"na", "نا"}, {"Ra", "را"}, {"sa", "سا"}, {"Ta", "تا"}, {"wa", "وا"}, {"Za", "زا"}, {"ha", "ها"},
    };
    private static final String[][] ENDING = {{"r", "ر"}, {"n", "ن"}, {"k", "ك"}, {"d", "د"}, {"l", "ل"}, {"s", "س"}};
    private static final int MADE_UP = SYLLABLE.length * SYLLABLE.length * ENDING.length;
    // given name, father's name, family name
    private static final int COMMON = GIVEN.length * GIVEN.length * FAMILY.length;
    public static final int MAX = COMMON + GIVEN.length * GIVEN.length * MADE_UP;

    private SyntheticWatchList() {}

    public static List<Person> persons(int n) {
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("persons must be between 1 and " + MAX + ", not " + n);
        }
        List<Person> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // the family name varies fastest: a real watch list shares surnames rarely, and a name
            // matcher indexes by surname, so crowding one surname would measure an unreal worst case
            int k = i < COMMON ? i : i - COMMON;
            int families = i < COMMON ? FAMILY.length : MADE_UP;
            String[] fam = i < COMMON ? FAMILY[k % FAMILY.length] : madeUpFamily(k % MADE_UP);
            String[] g = GIVEN[(k / families) % GIVEN.length];
            String[] f = GIVEN[k / (families * GIVEN.length)];
            out.add(new Person(
                    String.format("bench-p%05d", i),
                    g[0] + " " + f[0] + " " + fam[0],
                    g[1] + " " + f[1] + " " + fam[1]));
        }
        return out;
    }

    private static String[] madeUpFamily(int i) {
        String[] a = SYLLABLE[i % SYLLABLE.length];
        String[] b = SYLLABLE[(i / SYLLABLE.length) % SYLLABLE.length];
        String[] e = ENDING[i / (SYLLABLE.length * SYLLABLE.length)];
        String latin = a[0] + b[0] + e[0];
        return new String[] {
            Character.toUpperCase(latin.charAt(0)) + latin.substring(1).toLowerCase(Locale.ROOT), a[1] + b[1] + e[1]
        };
    }

    /** The persons file the {@code stream} role reads ({@code persons.file}); outlets come bundled. */
    public static String yaml(List<Person> persons) {
        StringBuilder b = new StringBuilder("# generated by denialwatch bench\npersons:\n");
        for (Person p : persons) {
            b.append("  - id: ")
                    .append(p.id())
                    .append("\n    name: \"")
                    .append(p.name())
                    .append("\"\n    aliases: [\"")
                    .append(p.arabic())
                    .append("\"]\n");
        }
        return b.append("organizations: []\noutlets: []\n").toString();
    }

    public static Path write(List<Person> persons, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, yaml(persons));
    }
}
