package vn.angiang.editorial.content;

import vn.angiang.editorial.platform.process.Coded;

/**
 * What a decision (or an event) in the trail of a submission was. Codes are the values of the
 * decision fields in the forms.
 */
public enum Outcome implements Coded {
    SUBMIT,
    FORWARD,
    RETURN,
    REJECT,
    RESUBMIT,
    WITHDRAW,
    APPROVE,
    PUBLISH,
    CONFIRM,
    CORRECT,
    TAKE_DOWN,
    REMIND,
    ESCALATE;
}
