/**
 * E-mail notifications through a transactional outbox.
 * <p>
 * Writing: {@link vn.angiang.editorial.platform.notification.Outbox#enqueue} renders a template from
 * {@code templates/mail/<name>.txt} ({@link vn.angiang.editorial.platform.notification.MailTemplates}:
 * Thymeleaf text templates, first line {@code Subject: ...}, a value the template needs and the model lacks
 * is an error) and inserts a row with the rendered subject and body and the template's name into
 * {@code notification_outbox} in the caller's transaction (in a delegate or listener: the engine's).
 * Rolled-back work leaves no row, so nothing is sent for it. Every mail's text is in its template; Java
 * code gives values only. Reusable BPMN pieces: task listener {@code ${notifyCandidates}} and delegate
 * {@code ${notifyRequester}}. Templates: {@code task-created}, {@code request-outcome}, {@code generic}
 * (model: {@code recipientName}, {@code subject}, {@code message}, each optional: an ad-hoc notice),
 * and those of each process ({@code content-*}, {@code feedback-*}).
 * <p>
 * Sending: {@link vn.angiang.editorial.platform.notification.OutboxDispatcher} on every node, after commit,
 * with retries and exponential backoff; {@code editorial.mail.mode} {@code log} (default profile: logged and
 * marked SENT through channel {@code log}) or {@code smtp} (prod, {@code spring.mail.*}).
 * <p>
 * For an operator: a message that keeps failing ends in status {@code FAILED} with its last error in
 * {@code last_error}; it is logged at ERROR, counted in {@code editorial.mail.failed} and shown by the gauge
 * {@code editorial.mail.failed.stored}. Once the cause is fixed, it is sent again by
 * {@code UPDATE notification_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = CURRENT_TIMESTAMP
 * WHERE status = 'FAILED'} (or {@link vn.angiang.editorial.platform.notification.OutboxRepository#requeueFailed}
 * for one message).
 */
package vn.angiang.editorial.platform.notification;
