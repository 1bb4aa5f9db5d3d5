package io.denialwatch.sink.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.denialwatch.common.json.Json;
import io.denialwatch.common.model.Alert;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Appends alerts to a JSONL file, one line per (alert, revision), never the same one twice: on
 * start it reads what the file already holds, so a sink that re-reads {@code dw.alerts} from the
 * beginning (as it does on every start) adds only what is new.
 */
public final class JsonlAlertWriter implements AutoCloseable {
    private final BufferedWriter out;
    private final Set<String> written = new HashSet<>();

    public JsonlAlertWriter(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (Files.exists(file)) {
                dropTornTail(file);
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines) {
                    remember(line);
                }
            }
            out = Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open alerts file " + file, e);
        }
    }

    /**
     * A sink killed in the middle of a long line leaves it without its newline. Cut it off: that
     * alert was not remembered, so it is written again whole, instead of the next line being glued
     * to the torn one and lost with it.
     */
    private static void dropTornTail(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                ch.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                ch.truncate(keep);
            }
        }
    }

    private void remember(String line) {
        if (line.isBlank()) {
            return;
        }
        try {
            JsonNode n = Json.MAPPER.readTree(line);
            written.add(n.path("alert_id").asText() + "#" + n.path("revision").asInt());
        } catch (IOException e) {
            // not an alert line: nothing to remember
        }
    }

    /**
     * Appends the alert unless this revision is already in the file, or it is no alert of its own
     * (a held report waiting, one folded into the first-hand denial's alert); flushed at once.
     */
    public synchronized boolean write(Alert alert) {
        if (!alert.standsAlone() || !written.add(alert.alertId() + "#" + alert.revision())) {
            return false;
        }
        try {
            out.write(Json.write(alert));
            out.newLine();
            out.flush();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to alerts file", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
