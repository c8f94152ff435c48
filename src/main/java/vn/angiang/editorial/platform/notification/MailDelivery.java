package vn.angiang.editorial.platform.notification;

/** How the dispatcher hands a message over: to an SMTP server, or to the log where there is none. */
public interface MailDelivery {

    /** Recorded on the SENT row: {@code smtp} or {@code log}. */
    String channel();

    /**
     * Delivers one message or throws. A {@link PermanentFailure} means trying again cannot help (the
     * message cannot even be built); any other exception is retried with backoff.
     */
    void deliver(OutboxMessage message) throws Exception;

    /** A failure that no retry can cure: the message goes straight to FAILED. */
    class PermanentFailure extends RuntimeException {
        public PermanentFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
