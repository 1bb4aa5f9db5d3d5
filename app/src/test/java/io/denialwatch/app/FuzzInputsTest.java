package io.denialwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Jazzer target has saved inputs, which replay as ordinary tests in every build
 * (docs/reliability.md): a target without them tests nothing outside a fuzzing run.
 */
class FuzzInputsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern TARGET = Pattern.compile("@FuzzTest[^\\n]*\\n\\s*void (\\w+)\\(");

    @Test
    void everyFuzzTargetHasSavedInputs() throws IOException {
        List<String> targets = new ArrayList<>();
        List<String> without = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith("FuzzTest.java")
                            && p.toString().contains("/src/test/java/"))
                    .toList()) {
                String source = Files.readString(f);
                String relative = ROOT.relativize(f).toString();
                String module = relative.substring(0, relative.indexOf("/src/test/java/"));
                String className = relative.substring(relative.indexOf("/src/test/java/") + "/src/test/java/".length())
                        .replace(".java", "");
                Matcher m = TARGET.matcher(source);
                while (m.find()) {
                    Path inputs = ROOT.resolve(module)
                            .resolve("src/test/resources")
                            .resolve(className + "Inputs")
                            .resolve(m.group(1));
                    targets.add(className + "." + m.group(1));
                    boolean saved = Files.isDirectory(inputs);
                    if (saved) {
                        try (Stream<Path> in = Files.list(inputs)) {
                            saved = in.anyMatch(Files::isRegularFile);
                        }
                    }
                    if (!saved) {
                        without.add(className + "." + m.group(1) + " (" + ROOT.relativize(inputs) + ")");
                    }
                }
            }
        }
        assertThat(targets).hasSizeGreaterThanOrEqualTo(5);
        assertThat(without).as("fuzz targets without saved inputs").isEmpty();
    }
}
