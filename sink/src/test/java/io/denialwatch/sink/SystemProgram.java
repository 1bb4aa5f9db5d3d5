package io.denialwatch.sink;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * A program from a Debian package that some tests drive (chromium, chromedriver, promtool,
 * docker-compose): found on PATH; when it is missing, the test that needs it is skipped on a
 * developer's machine and fails in CI ({@code CI=true}), as README says. .ci/run installs them.
 */
public final class SystemProgram {
    private SystemProgram() {}

    /** The program on PATH, if it is installed. */
    public static Optional<Path> find(String program) {
        return find(program, System.getenv());
    }

    public static Optional<Path> find(String program, Map<String, String> env) {
        for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The program, else the calling test is skipped (fails under CI=true) saying which package to install. */
    public static Path require(String program, String debianPackage) {
        return require(program, debianPackage, System.getenv());
    }

    static Path require(String program, String debianPackage, Map<String, String> env) {
        Optional<Path> p = find(program, env);
        if (p.isPresent()) {
            return p.get();
        }
        if (isCi(env)) {
            throw new AssertionError(
                    program + " is not installed; .ci/run must install the Debian package " + debianPackage);
        }
        Assumptions.abort(program + " is not installed (apt-get install -y " + debianPackage + ")");
        throw new IllegalStateException("unreachable");
    }

    /** Under CI every program must be there: a missing one is a broken CI image, not a reason to skip. */
    public static boolean isCi() {
        return isCi(System.getenv());
    }

    public static boolean isCi(Map<String, String> env) {
        return "true".equals(env.get("CI"));
    }
}
