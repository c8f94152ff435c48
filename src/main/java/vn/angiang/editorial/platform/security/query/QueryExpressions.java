package vn.angiang.editorial.platform.security.query;

import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * The only expressions a stored task filter may hold: who is looking ({@code currentUser()},
 * {@code currentUserGroups()}) and when ({@code now()}, {@code dateTime()} moved by whole units,
 * e.g. {@code ${dateTime().plusDays(3).withTimeAtStartOfDay()}}), as Tasklist's filter dialog
 * offers them. The whole text must be one such expression: nothing else can name a bean, a variable
 * or a method.
 */
public final class QueryExpressions {

    static final String NONE_IN_QUERIES = "Truy vấn không được chứa biểu thức (${...} hoặc #{...}).";
    static final String ONLY_KNOWN_IN_FILTERS = "Bộ lọc chỉ được dùng các biểu thức ${currentUser()}, "
            + "${currentUserGroups()}, ${now()} và ${dateTime()} (có thể cộng, trừ năm, tháng, tuần, ngày, giờ, "
            + "phút, giây). Không chấp nhận: ";

    private static final String CALL = "\\(\\s*\\)";
    private static final String SHIFT = "(?:plus|minus)(?:Years|Months|Weeks|Days|Hours|Minutes|Seconds)\\(\\s*-?\\d{1,6}\\s*\\)";
    private static final Pattern ALLOWED = Pattern.compile("\\$\\{\\s*(?:"
            + "currentUser" + CALL
            + "|currentUserGroups" + CALL
            + "|now" + CALL
            + "|dateTime" + CALL + "(?:\\s*\\.\\s*(?:" + SHIFT + "|withTimeAtStartOfDay" + CALL + "))*"
            + "(?:\\s*\\.\\s*toDate" + CALL + ")?"
            + ")\\s*\\}");

    private QueryExpressions() {
    }

    /** True when the text is exactly one of the expressions a stored filter may hold. */
    public static boolean isAllowedInStoredFilter(String expression) {
        return expression != null && ALLOWED.matcher(expression).matches();
    }

    /** Refuses an ad-hoc task query, its or-queries included, that carries any expression. */
    static void requireNone(TaskQueryImpl query) {
        for (TaskQueryImpl part : query.getQueries()) { // the first is the query itself
            if (!expressionsOf(part).isEmpty()) {
                throw new BadUserRequestException(NONE_IN_QUERIES);
            }
        }
    }

    /** Refuses a stored task query, its or-queries included, with an expression outside the allowed few. */
    static void requireAllowed(TaskQueryImpl query) {
        for (TaskQueryImpl part : query.getQueries()) { // the first is the query itself
            for (String expression : expressionsOf(part).values()) {
                if (!isAllowedInStoredFilter(expression)) {
                    throw new BadUserRequestException(ONLY_KNOWN_IN_FILTERS + abbreviated(expression));
                }
            }
        }
    }

    private static Map<String, String> expressionsOf(TaskQueryImpl query) {
        return query.getExpressions() == null ? Map.of() : query.getExpressions();
    }

    private static String abbreviated(String expression) {
        return expression.length() <= 80 ? expression : expression.substring(0, 80) + "…";
    }
}
