package vn.angiang.editorial.meeting;

import vn.angiang.editorial.platform.process.Coded;

/** The acts of a meeting's audit trail, each with its Vietnamese label. */
public enum MeetingAction implements Coded {
    REQUEST,
    DRAFT_AGENDA,
    PREPARE_DOCUMENTS,
    CONTRIBUTE,
    CONTRIBUTION_LATE,
    APPROVE_INVITATION,
    RETURN_INVITATION,
    SHORT_NOTICE,
    INVITE,
    REPLY,
    NO_REPLY,
    RECORD,
    APPROVE_MINUTES,
    RETURN_MINUTES,
    CONCLUDE,
    FOLLOW_UP_DONE,
    REMIND,
    ESCALATE,
    CONSULT,
    ANSWER,
    TALLY;
}
