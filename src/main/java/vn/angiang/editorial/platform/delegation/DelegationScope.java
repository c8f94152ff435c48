package vn.angiang.editorial.platform.delegation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import vn.angiang.editorial.platform.process.Coded;

/**
 * What a deputy head may do in the head's place under a delegation (Đ8.1–8.2): each of the head's own
 * tasks belongs to one scope (see {@code deadlines/task-rules.yaml}, {@code delegable}).
 */
public enum DelegationScope implements Coded {
    /** Đ7.1: approve content for publication */
    APPROVE_CONTENT,
    /** Đ14.3: sign the board's papers (forwarding slips, invitations, notices, reports) */
    SIGN_PAPERS,
    /** Đ7.5, Đ14.3: convene and chair the board's meetings */
    CHAIR_MEETINGS,
    /** Đ7.6: approve the royalty statements */
    APPROVE_ROYALTIES;

    /** Read from JSON by its code ({@code approve-content}), as the rules file and the database write it. */
    @JsonCreator
    public static DelegationScope fromCode(String code) {
        return Coded.byCode(DelegationScope.class, code).orElseThrow(() -> new IllegalArgumentException(
                "Phạm vi ủy quyền không có: " + code));
    }

    @JsonValue
    @Override
    public String code() {
        return Coded.super.code();
    }
}
