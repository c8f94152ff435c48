package vn.angiang.editorial.feedback.process;

import static vn.angiang.editorial.feedback.FeedbackVariables.CLASSIFICATION;
import static vn.angiang.editorial.feedback.FeedbackVariables.FORWARDING_SLIP;
import static vn.angiang.editorial.feedback.FeedbackVariables.FORWARDING_SLIP_URL;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.feedback.Feedback;
import vn.angiang.editorial.feedback.FeedbackCatalog;
import vn.angiang.editorial.feedback.FeedbackMail;
import vn.angiang.editorial.feedback.FeedbackPapers;
import vn.angiang.editorial.feedback.FeedbackService;
import vn.angiang.editorial.feedback.FeedbackVariables;
import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Signatures;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.papers.PaperDraft;
import vn.angiang.editorial.platform.papers.PaperFormat;
import vn.angiang.editorial.platform.papers.PaperKind;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;

/**
 * {@code issueForwardingSlip}, right after the head (or a delegate) approved the forwarding, in the same
 * transaction: the board's slip (phiếu chuyển, PC) — or its advice that the People's Committee direct — is
 * numbered, drawn as DOCX and PDF, signed in the approver's name ("KT. TRƯỞNG BAN" for a deputy under a
 * delegation to sign papers), stored with the record and sent to the agency's people (Đ5.4, Đ14.3).
 */
@Component("issueForwardingSlip")
public record IssueForwardingSlip(FeedbackStep step, FeedbackService service, FeedbackCatalog catalog, Papers papers,
        Signatures signatures, FeedbackMail mail) implements JavaDelegate {

    static final String SLIP = "phieu-chuyen-phan-anh";
    static final String ADVICE = "kien-nghi-chi-dao-phan-anh";

    @Override
    public void execute(DelegateExecution execution) {
        Feedback f = service.get(step.feedbackId(execution));
        Actor approver = step.actor(BoardRole.HEAD);
        boolean advice = FeedbackService.ADVISE_COMMITTEE.equals(CLASSIFICATION.text(execution));
        PaperDraft draft = PaperDraft.of(PaperKind.PHIEU_CHUYEN, papers.text(advice ? ADVICE : SLIP, Map.of(
                        "agency", catalog.agencyLabel(f.agencyGroup()),
                        "receivedDate", BoardTime.DATE.format(f.createdAt()),
                        "sender", f.senderName(),
                        "trackingCode", f.trackingCode(),
                        "summary", f.subject(),
                        "answerDue", BoardTime.DATE.format(f.answerDue()))))
                .withRecipients("Như trên;", "Lưu: VT, TTTH.")
                .signedBy(signatures.of(approver, DelegationScope.SIGN_PAPERS));
        IssuedPaper slip = papers.issue(draft, FeedbackVariables.PROCESS_KEY, f.trackingCode(), approver);
        String number = slip.symbol();
        String url = FeedbackPapers.url(f.trackingCode(), slip.id(), PaperFormat.PDF);
        service.note(f.id(), "issueForwardingSlip", "slip-issued", "Phiếu chuyển số " + number + " gửi "
                + catalog.agencyLabel(f.agencyGroup()));
        FORWARDING_SLIP.set(execution, number);
        FORWARDING_SLIP_URL.set(execution, url);
        mail.forwarded(execution, f, number, url);
    }
}
