package vn.angiang.editorial.report;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;

import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.process.RuleFiles;

/**
 * The rules of the reports, read once from {@code report/report-rules.yaml} (each with its source there); a
 * faulty file stops the start with a message.
 */
public record ReportRules(WorkingDays workingDays, Recipients recipients, FollowUp followUp,
        Map<String, String> sources) {

    /** Working days for each step (quy định nội bộ). */
    public record WorkingDays(int write, int review, int sign) {
    }

    /** Who gets the issued report by mail, and the "Nơi nhận" lines of the paper (Đ15.1). */
    public record Recipients(List<String> emails, List<BoardRole> boardRoles, List<String> paperLines) {

        public Recipients {
            emails = emails == null ? List.of() : List.copyOf(emails);
            boardRoles = boardRoles == null ? List.of() : List.copyOf(boardRoles);
            paperLines = paperLines == null ? List.of() : List.copyOf(paperLines);
        }
    }

    /** When agencies below their duty are reminded (quy định nội bộ). */
    public record FollowUp(int remindWorkingDaysBeforeMonthEnd) {
    }


    public static ReportRules read(Resource location) {
        ReportRules rules = RuleFiles.read(location, ReportRules.class, "quy tắc báo cáo");
        if (rules.workingDays() == null || rules.workingDays().write() < 1 || rules.workingDays().review() < 1
                || rules.workingDays().sign() < 1) {
            throw new IllegalStateException("Quy tắc báo cáo " + location + ": workingDays.write, review, sign phải từ 1 ngày");
        }
        if (rules.recipients() == null || rules.recipients().paperLines().isEmpty()) {
            throw new IllegalStateException("Quy tắc báo cáo " + location + ": thiếu recipients.paperLines (nơi nhận)");
        }
        if (rules.followUp() == null || rules.followUp().remindWorkingDaysBeforeMonthEnd() < 1) {
            throw new IllegalStateException("Quy tắc báo cáo " + location + ": followUp.remindWorkingDaysBeforeMonthEnd từ 1");
        }
        if (rules.sources() == null) {
            throw new IllegalStateException("Quy tắc báo cáo " + location + ": thiếu sources");
        }
        return rules;
    }
}
