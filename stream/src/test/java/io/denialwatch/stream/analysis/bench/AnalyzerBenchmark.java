package io.denialwatch.stream.analysis.bench;

import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.gazetteer.PersonEntry;
import io.denialwatch.common.model.Account;
import io.denialwatch.common.model.AccountKind;
import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Post;
import io.denialwatch.stream.analysis.MultilingualAnalyzer;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to analyse one post with a gazetteer of 10,000 persons, next to NFKC-normalising the same
 * text alone as a baseline. Sample mode, so JMH reports the median (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class AnalyzerBenchmark {

    static final int PERSONS = 10_000;
    private static final String[] SYLLABLES = {
        "ba", "ka", "ri", "mo", "sa", "li", "nu", "ha", "de", "fa", "jo", "ze", "ta", "wi", "ro", "mi", "gu", "pe",
        "so", "el", "an", "or", "is", "ul"
    };

    static final String ARABIC_DENIAL =
            "أنفي ما تم تداوله عن أي تصريحات مُنسوبة لي لوسائل إعلامية. وأؤكد أنني لم أُجْرِ أي "
                    + "مقابلة، ولم أتحدث مع منصة The Media Line أو أي وسيلة إعلامية أخرى بشأن الموضوع المذكور.";
    static final String ENGLISH_STORY =
            "Syria's presidency denied a New York Times report that President Ahmed al-Sharaa "
                    + "had secretly cooperated with the coalition since 2016, calling the claims baseless.";

    private MultilingualAnalyzer analyzer;
    private Post arabic;
    private Post english;

    @Setup
    public void setUp() {
        analyzer = new MultilingualAnalyzer(gazetteer(PERSONS));
        arabic = post(
                ARABIC_DENIAL, new Account("x:maabdwalshamee1", "maabdwalshamee1", "د.مظهر الويس", AccountKind.PERSON));
        english = post(ENGLISH_STORY, null);
    }

    /** Ten thousand made-up two-part Latin names plus the founding example's two persons. */
    static Gazetteer gazetteer(int size) {
        Random random = new Random(42);
        List<PersonEntry> persons = new ArrayList<>(size + 2);
        persons.add(new PersonEntry("ahmed-al-sharaa", "Ahmed al-Sharaa", null, null));
        persons.add(new PersonEntry("mazhar-al-wais", "Mazhar al-Wais", null, null));
        for (int i = 0; i < size; i++) {
            String name = word(random, 2) + " " + (random.nextBoolean() ? "al-" : "") + word(random, 3);
            persons.add(new PersonEntry("p" + i, name, null, null));
        }
        return new Gazetteer(persons, null, null).withBundledOutlets();
    }

    private static String word(Random random, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private static Post post(String text, Account account) {
        return new Post(
                "bench:1", "bench", null, Instant.EPOCH, null, account, null, null, text, null, null, null, null);
    }

    @Benchmark
    public Analysis analyzeArabicDenial() {
        return analyzer.analyze(arabic);
    }

    @Benchmark
    public Analysis analyzeEnglishReport() {
        return analyzer.analyze(english);
    }

    @Benchmark
    public String baselineNfkcArabic() {
        return Normalizer.normalize(ARABIC_DENIAL, Normalizer.Form.NFKC);
    }

    @Benchmark
    public String baselineNfkcEnglish() {
        return Normalizer.normalize(ENGLISH_STORY, Normalizer.Form.NFKC);
    }
}
