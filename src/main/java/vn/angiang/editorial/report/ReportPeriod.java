package vn.angiang.editorial.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * The days a report covers, {@code from} to {@code to} inclusive, in the board's time zone: a calendar month for
 * the monthly report, any span for the others.
 */
public record ReportPeriod(ReportKind kind, LocalDate from, LocalDate to) {

    /** The longest ad hoc period: a year (quy định nội bộ: beyond that the figures are the yearly report's). */
    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        if (kind == null || from == null || to == null) {
            throw new InputRefused("reportFrom", "Hãy chọn loại báo cáo, ngày bắt đầu và ngày kết thúc của kỳ báo cáo.");
        }
        if (to.isBefore(from)) {
            throw new InputRefused("reportTo", "Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InputRefused("reportTo", "Kỳ báo cáo dài tối đa " + MAX_DAYS + " ngày.");
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(ReportKind.MONTHLY, month.atDay(1), month.atEndOfMonth());
    }

    /** The month of a monthly report. */
    public YearMonth month() {
        return YearMonth.from(from);
    }

    /** The record's key: {@code 2026-11} for a monthly report, {@code ad-hoc-2026-11-01-2026-11-15} otherwise. */
    public String key() {
        return kind == ReportKind.MONTHLY ? month().toString() : kind.code() + "-" + from + "-" + to;
    }

    /** "tháng 11/2026", or "từ ngày 01/11/2026 đến ngày 15/11/2026". */
    public String label() {
        return kind == ReportKind.MONTHLY ? "tháng " + month().getMonthValue() + "/" + month().getYear()
                : "từ ngày " + BoardTime.DATE.format(from) + " đến ngày " + BoardTime.DATE.format(to);
    }

    /** The first instant of the period in the board's zone. */
    public OffsetDateTime start() {
        return from.atStartOfDay(BoardTime.ZONE).toOffsetDateTime();
    }

    /** The first instant after the period. */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(BoardTime.ZONE).toOffsetDateTime();
    }

    /** Whole calendar months the period touches, at least one: an agency's duty is per month. */
    public int months() {
        return (int) Math.max(1, ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1);
    }
}
