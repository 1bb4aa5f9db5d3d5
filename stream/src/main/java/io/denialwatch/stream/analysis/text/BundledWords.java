package io.denialwatch.stream.analysis.text;

import io.denialwatch.common.text.TextFold;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A word list the build bundles as a resource: one word a line, blank lines and lines starting
 * with {@code #} skipped. Lists are data, kept out of the code so that a reader can review and
 * extend them without reading Java.
 */
public final class BundledWords {

    private BundledWords() {}

    /** The words of the resource at absolute {@code path}, folded, in file order. */
    public static List<String> folded(String path) {
        List<String> words = new ArrayList<>();
        try (InputStream in = BundledWords.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + path + " missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(TextFold.fold(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bundled " + path + " unreadable", e);
        }
        return words;
    }
}
