package io.denialwatch.common.model;

import java.time.Instant;

/**
 * Why an alert is provisional: a news report of a denial waits a while for the first-hand denial
 * it reports, into whose alert it is then folded; if none comes by {@code until}, it becomes an
 * alert of its own.
 *
 * @param reason what it waits for, in words for the desk
 * @param until  when it stops waiting (wall clock)
 */
public record Held(String reason, Instant until) {}
