package vn.angiang.editorial.royalty;

import vn.angiang.editorial.platform.process.Coded;

/** The approver's decision on a statement: code = form value = BPMN condition. */
public enum ApprovalDecision implements Coded {
    APPROVE,
    RETURN
}
