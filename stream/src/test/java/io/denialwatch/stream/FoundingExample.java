package io.denialwatch.stream;

import io.denialwatch.common.gazetteer.Gazetteer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled founding example and its watch list, as the tests read them. */
final class FoundingExample {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private FoundingExample() {}

    static List<String> postLines() throws IOException {
        return Files.readAllLines(ROOT.resolve("examples/founding-example.jsonl")).stream()
                .filter(l -> !l.isBlank())
                .toList();
    }

    static Gazetteer gazetteer() {
        return Gazetteer.load(ROOT.resolve("config/persons.yaml"));
    }
}
