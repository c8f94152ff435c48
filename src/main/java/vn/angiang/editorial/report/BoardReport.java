package vn.angiang.editorial.report;

import java.time.OffsetDateTime;

/**
 * One report of the board, as stored: its period, the figures as drafted, the secretariat's narrative, who
 * reviewed and signed it, the issued paper (BC).
 */
public record BoardReport(long id, ReportPeriod period, ReportStatus status, String processInstanceId,
        ReportFigures figures, String assessment, String nextTasks, String proposals, OffsetDateTime draftedAt,
        String draftedBy, String writtenBy, String reviewedBy, String reviewComment, String signedBy, String signedFor,
        String delegationRef, OffsetDateTime issuedAt, Long paperId, String paperSymbol) {
}
