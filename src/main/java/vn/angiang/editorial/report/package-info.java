/**
 * The board's reports (process {@code monthly-report}, {@code processes/monthly-report.bpmn}, its timers
 * {@code processes/report-monthly.bpmn}, forms {@code forms/report-*.form}): on the first working day of a month
 * the report of the previous month is drafted from the records of the other processes (read only, by SQL over
 * their tables: {@link vn.angiang.editorial.report.ReportQueries}), the secretariat completes its narrative
 * (Đ12.4), the ICT deputy reviews it (Đ8.4), the head — or a deputy under a delegation to sign papers — signs it
 * (Đ14.3), and a numbered report (BC) goes to the People's Committee (Đ15.1). The same machinery drafts a
 * six-monthly feedback report and an ad hoc report for a chosen period. Before the month ends, agencies below
 * their information duty (org chart, {@code infoDutyPerMonth}) are reminded (Đ5.3, Đ16.2). The rules are data:
 * {@code report/report-rules.yaml} ({@link vn.angiang.editorial.report.ReportRules}).
 */
package vn.angiang.editorial.report;
