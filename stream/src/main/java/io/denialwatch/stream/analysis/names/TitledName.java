package io.denialwatch.stream.analysis.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name with a title after a comma, as an encyclopaedia gives it and a Wikidata label carries it
 * ("Meghan, Duchess of Sussex", "Prince Philip, Duke of Edinburgh", "William, Prince of Wales"):
 * texts name the person by the part before the comma ("Meghan", "Prince Philip") or by the title
 * ("the Duchess of Sussex", "la duchesse de Sussex"), never by the two run together, whose last
 * word would otherwise be read as a surname ("Sussex").
 */
public record TitledName(String name, List<String> titles) {

    /** "Duchess of Sussex": a title word, "of", and the place, which is written with a capital. */
    private static final Pattern TITLE = Pattern.compile("(\\p{L}+) of (\\p{Lu}[\\p{L}'’ -]*)");
    /**
     * The French of the English titles of nobility and monarchy: a closed class of words, so the
     * title a French text gives ("le duc de Sussex") is derived as well; the place keeps its name.
     */
    private static final Map<String, String> FRENCH = Map.of(
            "duke", "duc",
            "duchess", "duchesse",
            "prince", "prince",
            "princess", "princesse",
            "king", "roi",
            "queen", "reine",
            "earl", "comte",
            "countess", "comtesse");

    /** A monarch's name and territory with no number between ("Salman of Saudi Arabia", "Joan of Arc"). */
    private static final Pattern TERRITORIAL = Pattern.compile("\\p{Lu}\\p{L}+ of \\p{Lu}[\\p{L}'’ -]*");

    /**
     * {@code name} split at its comma when what follows is a title; a name and a territory whole,
     * as a title of its own (the name alone counts only after a title: {@link NameForm}); else
     * {@code name} with no title.
     */
    public static TitledName of(String name) {
        int comma = name.indexOf(',');
        if (comma <= 0) {
            return TERRITORIAL.matcher(name.strip()).matches()
                    ? new TitledName(name, List.of(name.strip()))
                    : new TitledName(name, List.of());
        }
        Matcher title = TITLE.matcher(name.substring(comma + 1).strip());
        if (!title.matches()) {
            return new TitledName(name, List.of());
        }
        String word = title.group(1);
        String place = title.group(2).strip();
        List<String> titles = new ArrayList<>(2);
        titles.add(word.toLowerCase(Locale.ROOT) + " of " + place);
        String french = FRENCH.get(word.toLowerCase(Locale.ROOT));
        if (french != null) {
            boolean vowel = "AEIOUÉÈÊY".indexOf(Character.toUpperCase(place.charAt(0))) >= 0;
            titles.add(french + (vowel ? " d'" : " de ") + place);
        }
        return new TitledName(name.substring(0, comma).strip(), List.copyOf(titles));
    }
}
