package io.denialwatch.sink.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * One more event stream, opened after all the others and read by a thread of its own over a
 * plain socket: how late the sink's fan-out reaches its last stream, without the shared client
 * threads of {@link StreamFollowers} in the measure.
 */
final class StreamProbe implements AutoCloseable {
    private static final String CREATED = "\"created_at\":\"";

    final Latencies delivery = new Latencies();
    private final Socket socket;
    private final Thread reader;

    StreamProbe(String base) throws IOException {
        URI u = URI.create(base);
        socket = new Socket(u.getHost(), u.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/alerts/stream HTTP/1.0\r\nHost: " + u.getAuthority()
                        + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush(); // HTTP/1.0: the answer is not chunked, so every line read is the sink's
        reader = new Thread(this::read, "stream-probe");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                int at = line.startsWith("data: ") ? line.lastIndexOf(CREATED) : -1;
                if (at > 0) {
                    int from = at + CREATED.length();
                    Instant created = Instant.parse(line.substring(from, line.indexOf('"', from)));
                    delivery.add(Duration.between(created, Instant.now()).toNanos() / 1000);
                }
            }
        } catch (IOException e) {
            // closed at the end
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
