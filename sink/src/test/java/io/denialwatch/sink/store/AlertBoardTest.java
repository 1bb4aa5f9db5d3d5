package io.denialwatch.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.denialwatch.sink.Alerts;
import io.denialwatch.sink.query.Ack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live board keeps a window of changes, never the history. */
class AlertBoardTest {

    @Test
    void keepsOnlyItsWindowWhateverTheHistory() {
        AlertBoard board = new AlertBoard(1_000);
        for (int i = 0; i < 20_000; i++) {
            board.accept(Alerts.simple("w-" + i, 1, "denial " + i));
        }
        assertThat(board.retained()).isEqualTo(1_000);
        assertThat(board.lastSeq()).isEqualTo(20_000);
    }

    @Test
    void givesWhatAPageMissedWithinTheWindowAndNothingBeyondIt() {
        AlertBoard board = new AlertBoard(10);
        for (int i = 1; i <= 25; i++) {
            board.accept(Alerts.simple("m-" + i, 1, "denial " + i));
        }
        assertThat(board.since(20).orElseThrow())
                .extracting(AlertBoard.Change::seq)
                .containsExactly(21L, 22L, 23L, 24L, 25L);
        assertThat(board.since(15).orElseThrow()).hasSize(10); // the oldest kept is 16: nothing missing
        assertThat(board.since(25).orElseThrow()).isEmpty();
        assertThat(board.since(14)).as("16 is kept, 15 is gone").isEmpty();
        assertThat(board.since(0)).isEmpty();
        assertThat(board.since(26)).as("a number this board never gave").isEmpty();
    }

    @Test
    void listenersSeeChangesInNumberingOrderAcrossPublishingThreads() throws Exception {
        AlertBoard board = new AlertBoard(100);
        List<Long> seen = new ArrayList<>();
        board.subscribe(changes ->
                changes.forEach(c -> seen.add(c.seq()))); // called under the board's lock: no other guard needed
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int n = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    board.acknowledge(Ack.of("a-" + n + "-" + i, "desk", null, null));
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(seen).hasSize(2_000).isSorted();
    }
}
