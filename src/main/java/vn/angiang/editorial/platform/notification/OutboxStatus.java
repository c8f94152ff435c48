package vn.angiang.editorial.platform.notification;

/** Life of an outbox row: PENDING → SENDING → SENT, or back to PENDING after a failure, or FAILED for good. */
public enum OutboxStatus {
    /** Waiting to be sent; due at {@code next_attempt_at}. */
    PENDING,
    /** Claimed by one dispatcher node until {@code locked_until}. */
    SENDING,
    /** Delivered (or, in log mode, written to the log). */
    SENT,
    /** Given up after the configured number of attempts; an operator must look at it. */
    FAILED
}
