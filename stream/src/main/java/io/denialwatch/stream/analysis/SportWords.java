package io.denialwatch.stream.analysis;

import io.denialwatch.common.text.ArabicWord;
import io.denialwatch.common.text.Scripts;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a post is about sport: it has one of the nouns texts about clubs use in English, French
 * or Arabic (club, coach, transfer, striker, league, match …). A club named by the city its name
 * keeps ("Liverpool", "Barcelona") is the club only there; "a flat in Liverpool" is the city.
 */
final class SportWords {

    private static final List<String> WORDS = List.of(
            // English
            "club",
            "clubs",
            "football",
            "soccer",
            "transfer",
            "transfers",
            "signing",
            "striker",
            "midfielder",
            "defender",
            "goalkeeper",
            "winger",
            "forward",
            "coach",
            "manager",
            "match",
            "fixture",
            "league",
            "season",
            "squad",
            "fans",
            "player",
            "players",
            "goal",
            "goals",
            "stadium",
            "champions",
            "cup",
            "derby",
            "kit",
            "loan",
            "sign",
            "signed",
            "contract",
            // French
            "transfert",
            "transferts",
            "attaquant",
            "milieu",
            "defenseur",
            "gardien",
            "entraineur",
            "championnat",
            "ligue",
            "saison",
            "joueur",
            "joueurs",
            "supporters",
            "buts",
            "mercato",
            "stade",
            "effectif",
            "coupe",
            "maillot",
            "pret",
            "rencontre",
            // Arabic, each with the proclitics a word may carry (النادي, للاعب)
            "نادي",
            "لاعب",
            "لاعبين",
            "مدرب",
            "دوري",
            "مباراة",
            "موسم",
            "كرة",
            "انتقال",
            "صفقة",
            "فريق",
            "ملعب",
            "هداف",
            "مهاجم",
            "بطولة",
            "كأس",
            "جماهير");

    private static final Set<String> FOLDED = folded();

    private SportWords() {}

    /** Whether {@code tokens} has one of the words. */
    static boolean in(Tokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (FOLDED.contains(tokens.word(i))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> folded() {
        Set<String> out = new HashSet<>();
        for (String w : WORDS) {
            String f = TextFold.fold(w);
            out.add(f);
            if (!f.isEmpty() && Scripts.isArabic(f.charAt(0))) {
                ArabicWord.NAME_PREFIXES.forEach(p -> out.add(TextFold.fold(p) + f));
            }
        }
        return Set.copyOf(out);
    }
}
