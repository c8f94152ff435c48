package vn.angiang.editorial.platform.notification;

import vn.angiang.editorial.platform.process.Coded;

/**
 * The outcome codes a process may give {@link NotifyRequester} in {@code outcome}; the mail shows their
 * labels ({@code labels/labels.properties}). Any other text is shown as it is.
 */
public enum RequestOutcome implements Coded {
    APPROVED, REJECTED, RETURNED, PUBLISHED, ANSWERED, CANCELLED
}
