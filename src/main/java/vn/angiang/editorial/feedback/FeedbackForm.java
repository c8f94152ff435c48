package vn.angiang.editorial.feedback;

/**
 * Feedback as it arrives from the public form, the JSON endpoint or Tasklist's start form: raw text,
 * checked by {@link FeedbackValidator}. Either a phone number or an e-mail address is required.
 */
public record FeedbackForm(
        String senderName,
        String senderAddress,
        String senderPhone,
        String senderEmail,
        String subject,
        String content,
        String topic,
        String area) {

    /** Names of the fields, as used in the JSON body, the HTML form and the start form. */
    public static final java.util.List<String> FIELDS = java.util.List.of(
            "senderName", "senderAddress", "senderPhone", "senderEmail", "subject", "content", "topic", "area");
}
