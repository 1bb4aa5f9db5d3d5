package io.denialwatch.stream.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.denialwatch.common.text.TextFold;
import io.denialwatch.common.text.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no library holds about how texts name an office, read from the bundled {@code
 * offices.yaml}: a title in English, French and Arabic by the English title an office's name
 * starts with, a country's adjectives in each language ({@link Countries} has them for every
 * country; the file adds those the data set lacks: "US", "الأمريكية"), how texts name a
 * country's government and ministries with its adjective ("le gouvernement ivoirien"), the forms
 * of address that name an office's holder on their own ("Her Majesty", "the Holy Father"), its
 * seats ("the Kremlin"), which name its place, and the words that make a title name someone
 * else ("former", "السابق").
 */
record OfficeWords(
        Map<String, InLanguages> titles,
        Map<String, InLanguages> adjectives,
        Map<String, InLanguages> bodies,
        Map<String, List<String>> address,
        Map<String, List<String>> seats,
        Set<String> notBefore,
        Set<String> notAfter,
        Set<String> titleNotAfter) {

    /**
     * A title's or a country adjective's forms in each language analysed; for a country, its
     * {@code names} CLDR does not give under the English name an office's name writes.
     */
    record InLanguages(List<String> names, List<String> en, List<String> fr, List<String> ar, List<String> bare) {
        InLanguages {
            names = names == null ? List.of() : List.copyOf(names);
            en = en == null ? List.of() : List.copyOf(en);
            fr = fr == null ? List.of() : List.copyOf(fr);
            ar = ar == null ? List.of() : List.copyOf(ar);
            bare = bare == null ? List.of() : List.copyOf(bare);
        }

        InLanguages(List<String> names, List<String> en, List<String> fr, List<String> ar) {
            this(names, en, fr, ar, null);
        }

        /** The English name a body's kind is known by: the first of its {@code names}. */
        String kind() {
            return names.isEmpty() ? null : key(names.get(0));
        }
    }

    private record Raw(
            Map<String, InLanguages> titles,
            Map<String, InLanguages> adjectives,
            List<InLanguages> bodies,
            Map<String, List<String>> address,
            Map<String, List<String>> seats,
            @JsonProperty("not_before") List<String> notBefore,
            @JsonProperty("not_after") List<String> notAfter,
            @JsonProperty("title_not_after") List<String> titleNotAfter) {}

    static final OfficeWords BUNDLED = load();

    private static OfficeWords load() {
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = OfficeWords.class.getResourceAsStream("/io/denialwatch/stream/analysis/offices.yaml")) {
            Raw raw = yaml.readValue(in, Raw.class);
            return new OfficeWords(
                    lowerKeys(raw.titles()),
                    lowerKeys(raw.adjectives()),
                    byName(raw.bodies()),
                    lowerKeys(raw.address()),
                    lowerKeys(raw.seats()),
                    folded(raw.notBefore()),
                    folded(raw.notAfter()),
                    folded(raw.titleNotAfter()));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled offices.yaml unreadable", e);
        }
    }

    /**
     * Whether the words right around an office form at tokens {@code [from, to)} make it name
     * someone else than the office's holder of the day ("former president", "vice-president",
     * "الرئيس السابق") or, for a bare {@code title}, something else ("the president of the
     * federation").
     */
    boolean someoneElse(Tokens tokens, int from, int to, boolean title) {
        String before = from > 0 ? tokens.word(from - 1) : null;
        String after = to < tokens.size() ? tokens.word(to) : null;
        return before != null && notBefore.contains(before)
                || after != null && (notAfter.contains(after) || title && titleNotAfter.contains(after));
    }

    /** The title's forms, by the English title an office's name gives (any case), or null. */
    InLanguages title(String english) {
        return titles.get(key(english));
    }

    /**
     * A place's adjectives, by its English name (any case): the data set's ({@link Countries})
     * and this file's together; null when neither knows the place.
     */
    InLanguages adjective(String place) {
        InLanguages typed = adjectives.get(key(place));
        Countries.Country data = Countries.BUNDLED.named(place);
        if (data == null) {
            return typed;
        }
        InLanguages t = typed != null ? typed : new InLanguages(List.of(), List.of(), List.of(), List.of());
        return new InLanguages(t.names(), union(data.en(), t.en()), union(data.fr(), t.fr()), union(data.ar(), t.ar()));
    }

    /**
     * How texts name a country's body ("government", "ministry of foreign affairs", "department
     * of state": any case) with the country's adjective, each form with "{}" where the adjective
     * goes ("{} government", "le gouvernement {}", "الحكومة {}"); null when the body is not known.
     * A name that says more after "and" or a comma is its kind's before it ("Ministry of Health
     * and Population" is a ministry of health).
     */
    InLanguages body(String english) {
        String k = key(english);
        InLanguages known = bodies.get(k);
        if (known == null) {
            Matcher more = MORE.matcher(k);
            if (more.find()) {
                known = bodies.get(k.substring(0, more.start()));
            }
        }
        return known;
    }

    /** Where a body's name goes on to say more than its kind: "and …", ", …". */
    private static final Pattern MORE = Pattern.compile(",| and ");

    /**
     * Every kind of body texts also name without its country ("the health ministry", "le
     * ministère de la Santé", "وزارة الصحة"), with those forms, by its {@link InLanguages#kind}.
     */
    Map<String, List<String>> bareBodies() {
        Map<String, List<String>> out = new HashMap<>();
        bodies.values().forEach(b -> {
            if (!b.bare().isEmpty()) {
                out.put(b.kind(), b.bare());
            }
        });
        return out;
    }

    /** The forms of address naming the holder of the office named {@code office} (any case). */
    List<String> address(String office) {
        return address.getOrDefault(key(office), List.of());
    }

    /** The seats of the office named {@code office} (any case). */
    List<String> seats(String office) {
        return seats.getOrDefault(key(office), List.of());
    }

    /** Every office that has seats, by its canonical English name (lower case), with its seats. */
    Map<String, List<String>> allSeats() {
        return seats;
    }

    static String key(String name) {
        return name.strip().replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** Each body's forms by each of its English {@code names}. */
    private static Map<String, InLanguages> byName(List<InLanguages> bodies) {
        Map<String, InLanguages> out = new HashMap<>();
        bodies.forEach(b -> b.names().forEach(n -> out.put(key(n), b)));
        return Map.copyOf(out);
    }

    private static <V> Map<String, V> lowerKeys(Map<String, V> in) {
        Map<String, V> out = new HashMap<>();
        in.forEach((k, v) -> out.put(key(k), v));
        return Map.copyOf(out);
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(TextFold.fold(w)));
        return Set.copyOf(out);
    }
}
