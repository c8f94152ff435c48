package vn.angiang.editorial.report;

import vn.angiang.editorial.platform.process.Coded;

/** Where a report stands. Only {@link #ISSUED} is final: an issued report never changes. */
public enum ReportStatus implements Coded {
    /** drafted from the records, waiting for the secretariat's narrative */
    DRAFTED,
    /** the narrative is written, waiting for the ICT deputy's review */
    WRITTEN,
    /** returned by the deputy or the signer with comments: the secretariat writes it again */
    RETURNED,
    /** reviewed, waiting for the head's signature */
    REVIEWED,
    /** signed, numbered (BC) and sent */
    ISSUED
}
