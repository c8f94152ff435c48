package vn.angiang.editorial.royalty.process;

import static vn.angiang.editorial.royalty.process.RoyaltyVariables.STATEMENT_PAPER;
import static vn.angiang.editorial.royalty.process.RoyaltyVariables.STATEMENT_PAPER_URL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Signatures;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.papers.PaperDraft;
import vn.angiang.editorial.platform.papers.PaperFormat;
import vn.angiang.editorial.platform.papers.PaperKind;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.royalty.RoyaltyService;
import vn.angiang.editorial.royalty.RoyaltyStatement;
import vn.angiang.editorial.royalty.StatementPaper;

/**
 * {@code issueStatement}, right after the approval, in the same transaction: the approved statement is
 * numbered in the BK series, drawn as DOCX and PDF and signed in the approver's name — "KT. TRƯỞNG BAN" for a
 * deputy under a delegation to approve royalties (Đ7.6, Đ8.1) — and kept with the month's record.
 */
@Component("issueStatement")
public record IssueStatement(RoyaltyStep step, Papers papers, Signatures signatures) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        RoyaltyStatement s = step.service().get(RoyaltyVariables.STATEMENT_ID.required(execution));
        Actor approver = step.actor(BoardRole.HEAD);
        PaperDraft draft = PaperDraft.of(PaperKind.BANG_KE, papers.text(StatementPaper.TEMPLATE,
                        StatementPaper.model(s, step.service().rules())))
                .withRecipients("Trưởng Ban Biên tập (để báo cáo);", "Trung tâm Tin học (để thanh toán);", "Lưu: VT, TTTH.")
                .signedBy(signatures.of(approver, DelegationScope.APPROVE_ROYALTIES));
        IssuedPaper paper = papers.issue(draft, RoyaltyService.PROCESS_KEY, RoyaltyService.key(s.period()), approver);
        step.service().attachPaper(s.id(), paper.id(), paper.symbol());
        STATEMENT_PAPER.set(execution, paper.symbol());
        STATEMENT_PAPER_URL.set(execution, paperUrl(s, paper.id(), PaperFormat.PDF));
    }

    /** Where officials open the statement: {@code /api/royalties/2026-11/papers/12.pdf}. */
    public static String paperUrl(RoyaltyStatement s, long paperId, PaperFormat format) {
        return "/api/royalties/" + s.period() + "/papers/" + paperId + "." + format.extension();
    }
}
