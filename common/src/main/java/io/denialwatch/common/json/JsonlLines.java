package io.denialwatch.common.json;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a JSONL file as bytes, numbered from 1, blank ones skipped. Bytes, not text: a line
 * that is not UTF-8 must reach whoever turns it into a dead letter, where a decoding reader would
 * either end the whole file with an exception or silently replace what it cannot read.
 */
public final class JsonlLines {

    public interface Visitor {
        void line(int number, byte[] bytes) throws IOException;
    }

    private JsonlLines() {}

    public static void forEach(Path file, Visitor visitor) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int number = 0;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b == -1) {
                    if (b == -1 && line.size() == 0) {
                        return;
                    }
                    number++;
                    byte[] bytes = line.toByteArray();
                    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    if (!isBlank(bytes, end)) {
                        visitor.line(number, end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end));
                    }
                    line.reset();
                    if (b == -1) {
                        return;
                    }
                } else {
                    line.write(b);
                }
            }
        }
    }

    private static boolean isBlank(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
