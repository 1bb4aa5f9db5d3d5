package io.denialwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A watch list of any size up to {@value #MAX} made-up persons, each with a Latin name and its
 * Arabic spelling as an alias (names built from common given and family names and made-up
 * surnames, so they look like the real thing to a name matcher but belong to nobody in
 * particular).
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
    // beside the common family names, made-up ones of two syllables and an ending. Three
    // consonants, like most Arabic words: 41% of these 1,176 skeletons are the skeleton of one of
    // the 5,000 commonest Arabic words, against 34% of the 904 surname skeletons of the real
    // persons labelled in the corpus's dev split, so they meet Arabic phrases (طرق للصيانة, Tarek
    // Lasan) about as often as a real import's surnames do
    private static final String[][] SYLLABLE = {
        {"Ba", "با"}, {"da", "دا"}, {"Fa", "فا"}, {"ja", "جا"}, {"Ka", "كا"}, {"la", "لا"}, {"Ma", "ما"},
        {"na", "نا"}, {"Ra", "را"}, {"sa", "سا"}, {"Ta", "تا"}, {"wa", "وا"}, {"Za", "زا"}, {"ha", "ها"},
    };
    private static final String[][] ENDING = {{"r", "ر"}, {"n", "ن"}, {"k", "ك"}, {"d", "د"}, {"l", "ل"}, {"s", "س"}};
    private static final int MADE_UP = SYLLABLE.length * SYLLABLE.length * ENDING.length;
    /**
     * Every surname, used at every size. How many watched persons share a surname is what a name
     * matcher's cost follows. In the persons labelled in the corpus's dev split (1,326 real names),
     * the chance that two persons share a surname skeleton is about 1 in 1,000, as if 1,000
     * surnames were equally common; this list's 1,236 give about the same (at 100,000 persons, 81
     * bearers each). Built from the 60 common family names alone up to 54,000 persons, it gave each
     * surname 900 bearers there, the made-up ones few: a real list of that size crowds its
     * surnames five to six times less.
     */
    private static final int SURNAMES = FAMILY.length + MADE_UP;
    // given name, father's name, family name
    public static final int MAX = SURNAMES * GIVEN.length * GIVEN.length;

    private SyntheticWatchList() {}

    public static List<Person> persons(int n) {
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("persons must be between 1 and " + MAX + ", not " + n);
        }
        List<Person> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // the family name varies fastest, so every size shares each surname alike (see SURNAMES);
            // the given names turn with it, so that persons share a surname and both given names
            // no more often than in a real list (not every one of the first 1,236 named Karim
            // Karim, which makes each of them a transliteration of the others of a like surname)
            int k = i % SURNAMES;
            int bearer = i / SURNAMES;
            String[] fam = k < FAMILY.length ? FAMILY[k] : madeUpFamily(k - FAMILY.length);
            String[] g = GIVEN[(bearer + k) % GIVEN.length];
            String[] f = GIVEN[(bearer / GIVEN.length + k / GIVEN.length) % GIVEN.length];
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
