package io.denialwatch.chaos;

import java.time.Duration;

/**
 * How big and how long a chaos run is. Each round applies every fault once: three stream kills,
 * three sink kills, two hard broker restarts and one stall beyond the transaction timeout.
 *
 * @param size         what the generator makes
 * @param rounds       how many times the fault schedule is applied
 * @param gap          time between two faults, while posts keep flowing
 * @param stall        how long the SIGSTOP lasts (longer than {@code transactionTimeout})
 * @param transactionTimeout the stream's {@code transaction.timeout.ms}
 * @param drainTimeout how long the pipeline may take to deliver everything after the faults
 */
public record ChaosPlan(
        Generator.Size size,
        int rounds,
        Duration gap,
        Duration stall,
        Duration transactionTimeout,
        Duration drainTimeout) {

    public static ChaosPlan quick() {
        return new ChaosPlan(
                new Generator.Size(12, 4, 3),
                1,
                Duration.ofSeconds(2),
                Duration.ofSeconds(12),
                Duration.ofSeconds(10),
                Duration.ofSeconds(120));
    }

    public static ChaosPlan full() {
        return new ChaosPlan(
                new Generator.Size(200, 6, 5),
                3,
                Duration.ofSeconds(10),
                Duration.ofSeconds(20),
                Duration.ofSeconds(10),
                Duration.ofSeconds(300));
    }

    /** Roughly how long the faults take, over which the posts are spread. */
    public Duration faultPhase() {
        // per round: 9 gaps, the stall, two broker restarts of about 8 s each
        return gap.multipliedBy(9).plus(stall).plus(Duration.ofSeconds(16)).multipliedBy(rounds);
    }
}
