package io.denialwatch.bench.jmh;

import io.denialwatch.bench.PostGenerator;
import io.denialwatch.bench.SyntheticWatchList;
import io.denialwatch.common.gazetteer.Gazetteer;
import io.denialwatch.common.model.Post;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The same synthetic posts the bench command produces, for the micro-benchmarks. */
final class BenchTexts {
    private BenchTexts() {}

    static PostGenerator generator(int persons) {
        return new PostGenerator(
                SyntheticWatchList.persons(persons),
                Gazetteer.empty().withBundledOutlets().outlets(),
                "jmh-",
                7);
    }

    /** {@code n} posts in the bench's mix of kinds and languages. */
    static List<Post> posts(int persons, int n) {
        PostGenerator g = generator(persons);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<Post> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(g.next(t.plusSeconds(i), t.plusSeconds(i)));
        }
        return out;
    }

    /** {@code n} posts of one kind. */
    static List<Post> posts(int persons, int n, PostGenerator.Kind kind) {
        PostGenerator g = generator(persons);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<Post> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(g.post(kind, t.plusSeconds(i), t.plusSeconds(i)));
        }
        return out;
    }
}
