package vn.angiang.editorial.report;

import java.util.Optional;

import vn.angiang.editorial.platform.process.Coded;

/** What the reviewer or the signer decided: code = form value = BPMN condition ({@code reportDecision == 'return'}). */
public enum ReportOutcome implements Coded {
    /** the ICT deputy passes the report on to the head */
    APPROVE,
    /** the head (or a delegate) signs it */
    SIGN,
    /** back to the secretariat with comments */
    RETURN;

    public static Optional<ReportOutcome> of(String code) {
        return code == null ? Optional.empty() : Coded.byCode(ReportOutcome.class, code.strip());
    }
}
