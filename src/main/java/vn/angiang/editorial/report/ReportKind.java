package vn.angiang.editorial.report;

import vn.angiang.editorial.platform.process.Coded;

/** Which report: the monthly one to the People's Committee (Đ15.1), the six-monthly feedback results, an ad hoc one (Đ12.4). */
public enum ReportKind implements Coded {
    MONTHLY,
    HALF_YEAR_FEEDBACK,
    AD_HOC
}
