package vn.angiang.editorial.royalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Money of the royalty payout: whole VND in {@code long}. The rounding rule, the one place it is applied:
 * <ol>
 * <li>a work's amount = coefficient × unit value, rounded half up to the dong (a coefficient has at most two
 * decimals, the unit value is whole dong);</li>
 * <li>shared authorship: each author gets the amount × share / 100 rounded down to the dong, and the dong
 * left over go one each to the authors in the order listed, so the shares add up to the work's amount
 * exactly;</li>
 * <li>a statement's total is the sum of its lines: no rounding after the lines.</li>
 * </ol>
 */
public final class Money {

    private Money() {
    }

    /** Rule 1. */
    public static long amount(BigDecimal coefficient, long unitValue) {
        return coefficient.multiply(BigDecimal.valueOf(unitValue)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Rule 2: {@code percents} sum to 100 (checked by the caller); the result sums to {@code amount}. */
    public static List<Long> split(long amount, List<Integer> percents) {
        List<Long> parts = new ArrayList<>();
        long given = 0;
        for (int percent : percents) {
            long part = Math.floorDiv(amount * percent, 100);
            parts.add(part);
            given += part;
        }
        long left = amount - given;
        for (int i = 0; left > 0; i = (i + 1) % parts.size()) {
            if (percents.get(i) > 0) {
                parts.set(i, parts.get(i) + 1);
                left--;
            }
        }
        return parts;
    }

    /** "1.234.000" as Vietnamese papers write amounts. */
    public static String vnd(long amount) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount).replace(',', '.');
    }

    /** "0,5" as Vietnamese papers write decimals. */
    public static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ"};

    /**
     * The amount in words, as a paper writes it after "bằng chữ": 1.234.000 → "Một triệu hai trăm ba mươi tư
     * nghìn đồng" (amounts below a thousand billion). A negative amount (what a supplementary statement recovers)
     * reads "Âm một triệu… đồng".
     */
    public static String inWords(long amount) {
        if (amount < 0 && amount > -1_000_000_000_000L) {
            String words = inWords(-amount);
            return "Âm " + Character.toLowerCase(words.charAt(0)) + words.substring(1);
        }
        if (amount < 0 || amount >= 1_000_000_000_000L) {
            throw new IllegalArgumentException("Số tiền ngoài phạm vi đọc thành chữ: " + amount);
        }
        if (amount == 0) {
            return "Không đồng";
        }
        List<String> parts = new ArrayList<>();
        long rest = amount;
        int group = 0;
        while (rest > 0) {
            int three = (int) (rest % 1000);
            rest /= 1000;
            if (three > 0) {
                parts.add(0, three(three, rest > 0) + GROUPS[group]);
            }
            group++;
        }
        String text = String.join(" ", parts).replaceAll(" +", " ").strip() + " đồng";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String three(int n, boolean padded) {
        int hundreds = n / 100;
        int tens = (n / 10) % 10;
        int units = n % 10;
        StringBuilder s = new StringBuilder();
        if (hundreds > 0 || padded) {
            s.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens > 1) {
            s.append(' ').append(DIGITS[tens]).append(" mươi");
            if (units == 1) {
                s.append(" mốt");
            } else if (units == 4) {
                s.append(" tư");
            } else if (units == 5) {
                s.append(" lăm");
            } else if (units > 0) {
                s.append(' ').append(DIGITS[units]);
            }
        } else if (tens == 1) {
            s.append(" mười");
            if (units == 5) {
                s.append(" lăm");
            } else if (units > 0) {
                s.append(' ').append(DIGITS[units]);
            }
        } else if (units > 0) {
            if (hundreds > 0 || padded) {
                s.append(" lẻ");
            }
            s.append(' ').append(DIGITS[units]);
        }
        return s.toString().strip();
    }
}
