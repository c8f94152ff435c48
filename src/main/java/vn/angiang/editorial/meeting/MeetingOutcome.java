package vn.angiang.editorial.meeting;

import vn.angiang.editorial.platform.process.Coded;

/**
 * What the head (or the deputy acting for the head) decides on the invitation and on the minutes: code =
 * form value = the model's condition ({@code ${invitationDecision == 'approve'}}).
 */
public enum MeetingOutcome implements Coded {
    APPROVE,
    RETURN;
}
