package vn.angiang.editorial.report.process;

import static vn.angiang.editorial.platform.process.ProcessVariable.bool;
import static vn.angiang.editorial.platform.process.ProcessVariable.date;
import static vn.angiang.editorial.platform.process.ProcessVariable.longValue;
import static vn.angiang.editorial.platform.process.ProcessVariable.raw;
import static vn.angiang.editorial.platform.process.ProcessVariable.string;

import java.util.Date;

import vn.angiang.editorial.platform.process.ProcessVariable;

/** The process variables of monthly-report and report-monthly, each with its type. */
public final class ReportVariables {

    // the start form (Tasklist or REST), or the daily timer of report-monthly
    /** a ReportKind code: monthly, half-year-feedback, ad-hoc */
    public static final ProcessVariable<String> REPORT_KIND = string("reportKind");
    /** yyyy-MM-dd: the first day of the period */
    public static final ProcessVariable<String> REPORT_FROM = string("reportFrom");
    /** yyyy-MM-dd: the last day of the period */
    public static final ProcessVariable<String> REPORT_TO = string("reportTo");

    // set by the process
    public static final ProcessVariable<Long> REPORT_ID = longValue("reportId");
    /** "tháng 11/2026", shown on the tasks */
    public static final ProcessVariable<String> REPORT_LABEL = string("reportLabel");
    /** where the draft is read while it is worked: {@code /api/reports/2026-11.pdf} */
    public static final ProcessVariable<String> REPORT_URL = string("reportUrl");
    public static final ProcessVariable<Date> WRITE_DUE = date("writeDue");
    public static final ProcessVariable<Date> REVIEW_DUE = date("reviewDue");
    public static final ProcessVariable<Date> SIGN_DUE = date("signDue");
    /** what the deputy or the signer wrote when returning the report, shown to the secretariat */
    public static final ProcessVariable<String> RETURN_COMMENT = string("returnComment");
    /** the number and symbol of the issued report: "3/BC-BBT" */
    public static final ProcessVariable<String> REPORT_PAPER = string("reportPaper");

    // the task forms
    public static final ProcessVariable<String> REPORT_ASSESSMENT = string("reportAssessment");
    public static final ProcessVariable<String> REPORT_NEXT_TASKS = string("reportNextTasks");
    public static final ProcessVariable<String> REPORT_PROPOSALS = string("reportProposals");
    /** a ReportOutcome code: approve / sign / return */
    public static final ProcessVariable<String> REPORT_DECISION = string("reportDecision");
    public static final ProcessVariable<String> REPORT_COMMENT = string("reportComment");

    // report-monthly (the timers)
    /** false when the daily timer fired on a day that is not the month's first working day */
    public static final ProcessVariable<Boolean> REPORT_DUE = bool("reportDue");
    /** true on the reminder day when some agencies are below their duty */
    public static final ProcessVariable<Boolean> REMIND_DUE = bool("remindDue");
    /** the month whose duty is checked, yyyy-MM */
    public static final ProcessVariable<String> DUTY_MONTH = string("dutyMonth");
    /** the groups of the agencies below their duty (the collection of provideInformation) */
    public static final ProcessVariable<Object> AGENCY_GROUPS = raw("agencyGroups");
    /** the element variable of provideInformation */
    public static final ProcessVariable<String> AGENCY_GROUP = string("agencyGroup");
    /** the month's end, when the agencies' tasks close */
    public static final ProcessVariable<Date> MONTH_END = date("monthEnd");
    /** what the task tells the agency: its duty and what it provided so far (task-local) */
    public static final ProcessVariable<String> DUTY_MESSAGE = string("dutyMessage");
    /** the agency's answer: what it will provide before the month ends */
    public static final ProcessVariable<String> DUTY_NOTE = string("dutyNote");

    private ReportVariables() {
    }
}
