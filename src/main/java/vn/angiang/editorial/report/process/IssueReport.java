package vn.angiang.editorial.report.process;

import static vn.angiang.editorial.report.process.ReportVariables.REPORT_PAPER;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Delegations;
import vn.angiang.editorial.platform.delegation.Signatures;
import vn.angiang.editorial.platform.notification.EngineDirectory;
import vn.angiang.editorial.platform.notification.MailAttachment;
import vn.angiang.editorial.platform.notification.Outbox;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.papers.PaperFormat;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.papers.Signer;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.report.BoardReport;
import vn.angiang.editorial.report.ReportRules;
import vn.angiang.editorial.report.ReportService;

/**
 * {@code issueReport}, right after the signature, in the same transaction: the report is numbered in the BC
 * series, drawn as DOCX and PDF and signed in the signer's name — "KT. TRƯỞNG BAN" for a deputy under a
 * delegation to sign papers (Đ14.3, Đ8.1) — kept with the report, and mailed with its PDF through the outbox to
 * the configured recipients (Đ15.1: to the People's Committee) and the board's offices of the rules.
 */
@Component("issueReport")
public record IssueReport(ReportStep step, Papers papers, Signatures signatures, Delegations delegations, Outbox outbox,
        IdentityService identity) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        ReportService service = step.service();
        BoardReport r = service.get(ReportVariables.REPORT_ID.required(execution));
        Actor signer = step.actor(BoardRole.HEAD);
        Signer signature = signatures.of(signer, DelegationScope.SIGN_PAPERS);
        IssuedPaper paper = papers.issue(service.paperDraft(r).signedBy(signature), ReportService.PROCESS_KEY,
                r.period().key(), signer);
        // a deputy signs for the head under the delegation the signature names: recorded with the report
        Actor recorded = signature.delegationRef() == null ? signer
                : delegations.heldBy(signer.userId(), DelegationScope.SIGN_PAPERS)
                        .map(d -> signer.underDelegation(d.delegatorId(), d.reference())).orElse(signer);
        service.issued(r.id(), recorded, paper.id(), paper.symbol());
        REPORT_PAPER.set(execution, paper.symbol());
        byte[] pdf = papers.file(paper.id(), PaperFormat.PDF).orElseThrow();
        MailAttachment attachment = new MailAttachment(paper.fileName(PaperFormat.PDF), PaperFormat.PDF.mediaType(), pdf);
        for (String address : recipients(service.rules())) {
            outbox.enqueue(address, "generic", Map.of("recipientName", "Quý cơ quan, Quý lãnh đạo",
                    "subject", "Báo cáo số " + paper.symbol() + ": " + paper.title(),
                    "message", "Ban Biên tập Cổng thông tin điện tử tỉnh gửi Báo cáo số " + paper.symbol() + " ("
                            + r.period().label() + "), đính kèm thư này (PDF). " + service.rules().sources().get("monthly")
                            + "."), "report:" + r.period().key(), List.of(attachment));
        }
    }

    /** The configured addresses, then the members of the board's offices named in the rules, each once. */
    private Set<String> recipients(ReportRules rules) {
        Set<String> addresses = new LinkedHashSet<>(rules.recipients().emails());
        List<String> groups = rules.recipients().boardRoles().stream().map(role -> step.org().group(role)).toList();
        List<String> skipped = new ArrayList<>();
        EngineDirectory.withoutAuthorization(() -> EngineDirectory.usersAndMembers(identity, List.of(), groups, skipped))
                .forEach(recipient -> addresses.add(recipient.email()));
        return addresses;
    }
}
