package io.denialwatch.stream.analysis;

import static io.denialwatch.stream.analysis.Posts.LATIN_ONLY;
import static io.denialwatch.stream.analysis.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.model.Analysis;
import io.denialwatch.common.model.Cue;
import io.denialwatch.common.model.Post;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Posts built to hurt: the analyser answers every one, in bounded time, without throwing. */
@Timeout(10)
class HostileTextTest {

    private final MultilingualAnalyzer analyzer = new MultilingualAnalyzer(LATIN_ONLY);

    @Test
    void aMegabytePostIsCappedAndSaysSo() {
        String big = "نفى الوزير التقرير. ".repeat(60_000);
        long start = System.nanoTime();
        Analysis a = analyzer.analyze(post(big));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(a.isDenial()).isTrue();
        assertThat(a.cues()).extracting(Cue::type).contains("limit:truncated");
        assertThat(a.cues()).allMatch(c -> c.end() <= big.length());
    }

    @Test
    void onlyCombiningMarksGiveAnEmptyAnalysis() {
        Analysis a = analyzer.analyze(post("\u0301\u064E\u0650".repeat(100_000)));
        assertThat(a.isDenial()).isFalse();
        assertThat(a.persons()).isEmpty();
    }

    @Test
    void bidiOverridesAndLoneSurrogatesAreHarmless() {
        Analysis a = analyzer.analyze(post("\u202E\u202Dنفى\uD800 \u2066الوزير\u2069 التقرير\uDC00\u200B"));
        assertThat(a.isDenial()).isTrue();
        Analysis b = analyzer.analyze(post("\uD83D".repeat(50_000)));
        assertThat(b.isDenial()).isFalse();
    }

    @Test
    void textDecodedAsLatin1OrLatin2IsReadAsMeant() {
        // a feed that read UTF-8 as Windows-1250 in the title and as Windows-1252 in the body
        Post broken = new Post(
                "t:2",
                "test",
                null,
                Instant.parse("2025-11-15T10:00:00Z"),
                null,
                null,
                null,
                "Kylian MbappĂ© dĂ©ment",
                "Kylian MbappÃ© dÃ©ment avoir signÃ© au Real Madrid.",
                null,
                null,
                null,
                null);
        Analysis a = analyzer.analyze(broken);
        assertThat(a.isDenial()).isTrue();
        assertThat(a.cues()).extracting(Cue::text).contains("dément");
        assertThat(a.persons())
                .extracting(m -> m.id() + "/" + m.surface())
                .containsExactly("kylian-mbappe/Kylian Mbappé");
        assertThat(a.cues()).extracting(Cue::type).doesNotContain("limit:truncated");
    }

    @Test
    void aNullPostOrTextIsAnEmptyAnalysisWithAReason() {
        assertThat(analyzer.analyze(null).cues()).extracting(Cue::type).containsExactly("error:no_text");
        assertThat(analyzer.analyze(post(null)).isDenial()).isFalse();
    }

    /**
     * One sentence of many words costs in proportion to its words: four times the words may take
     * about four times as long, not sixteen. The cap on a post's length is lifted so that the
     * whole sentence is read. Each run is timed by this thread's own CPU time, so time spent
     * descheduled or in the collector's threads on a busy machine is not counted, and the best of a
     * few runs keeps what noise remains out.
     */
    @Test
    void manyWordsInOneSentenceStayLinear() {
        MultilingualAnalyzer uncapped = new MultilingualAnalyzer(LATIN_ONLY, new AnalyzerConfig(0.5, null, 4_000_000));
        String quarter = "not ".repeat(50_000) + "denied the report";
        String whole = "not ".repeat(200_000) + "denied the report";
        uncapped.analyze(post(quarter)); // warm-up: the JIT, the lexicons
        assertThat(THREADS.isCurrentThreadCpuTimeSupported())
                .as("this JVM measures a thread's CPU time")
                .isTrue();
        // Best of five: the fastest run of each size is the one that measures the analysis.
        long small = bestOf(5, () -> uncapped.analyze(post(quarter)));
        long large = bestOf(5, () -> uncapped.analyze(post(whole)));
        assertThat(uncapped.analyze(post(whole)).cues()).extracting(Cue::type).doesNotContain("limit:truncated");
        assertThat((double) large / Math.max(small, 1))
                .as("time of 4x the words / time of 1x (%d ns, %d ns)", large, small)
                .isLessThan(8.0);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long bestOf(int runs, Runnable r) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            r.run();
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
