package vn.angiang.editorial.feedback;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tracking codes such as {@code PA-7K3MQ-9Q2XD}: "PA" (phản ánh) and ten random characters of
 * Crockford's base 32 (no I, L, O, U), about 50 bits: the code is what gives access to a case's public
 * status, so it must not be guessable or sequential. Read back leniently: case, spaces and the
 * look-alikes O/0, I/L/1 do not matter.
 */
public final class TrackingCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("PA-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder("PA-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The code in its canonical form, or empty if the text cannot be a tracking code. */
    public static Optional<String> parse(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        String compact = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (!compact.startsWith("PA") || compact.length() != 12) {
            return Optional.empty();
        }
        String body = compact.substring(2).replace('O', '0').replace('I', '1').replace('L', '1');
        String code = "PA-" + body.substring(0, 5) + "-" + body.substring(5);
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
