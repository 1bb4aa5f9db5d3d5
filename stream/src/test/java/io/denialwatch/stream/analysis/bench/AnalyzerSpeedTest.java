package io.denialwatch.stream.analysis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.common.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/** The benchmark's set-up works and the big gazetteer still resolves the founding persons. */
class AnalyzerSpeedTest {

    @Test
    void tenThousandPersonsStillResolveTheFoundingNames() {
        Gazetteer g = AnalyzerBenchmark.gazetteer(AnalyzerBenchmark.PERSONS);
        assertThat(g.persons()).hasSize(AnalyzerBenchmark.PERSONS + 2);
        AnalyzerBenchmark b = new AnalyzerBenchmark();
        b.setUp();
        assertThat(b.analyzeArabicDenial().isDenial()).isTrue();
        assertThat(b.analyzeEnglishReport().persons()).extracting(p -> p.id()).contains("ahmed-al-sharaa");
    }
}
