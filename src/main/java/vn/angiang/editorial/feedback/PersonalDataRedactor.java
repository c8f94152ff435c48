package vn.angiang.editorial.feedback;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a text before it is published: the sender's own name, address, phone
 * number and e-mail wherever they appear, and any e-mail address or phone number at all. The reviewing
 * board member reads the public version before it goes out; this is the safety net under that review.
 */
public final class PersonalDataRedactor {

    public static final String MASK = "[đã ẩn thông tin cá nhân]";

    private static final Pattern ANY_EMAIL = Pattern.compile("[\\p{L}0-9._%+!#$&'*/=?^`{|}~-]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)+");
    /** 9 or more digits, possibly grouped with spaces, dots or dashes, possibly after +84 */
    private static final Pattern ANY_PHONE = Pattern.compile("(\\+\\s?84|\\(\\+?84\\))?[\\s.-]?(\\d[\\s.-]?){8,}\\d");

    private PersonalDataRedactor() {
    }

    public static String redact(String text, Feedback sender) {
        if (text == null) {
            return null;
        }
        String result = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String> own = new ArrayList<>();
        for (String value : new String[] {sender.senderName(), sender.senderAddress(), sender.senderEmail()}) {
            if (value != null && value.strip().length() >= 2) {
                own.add(Normalizer.normalize(value.strip(), Normalizer.Form.NFC));
            }
        }
        own.sort(Comparator.comparingInt(String::length).reversed());
        for (String value : own) {
            result = Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
        }
        result = ANY_EMAIL.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
        result = ANY_PHONE.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
        return result;
    }
}
