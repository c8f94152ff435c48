package vn.angiang.editorial.platform.tasks;

import java.util.Optional;

import vn.angiang.editorial.platform.orgchart.BoardRole;

/**
 * Who is told about an overdue task: an office of the org chart, or {@link #HEAD_DELEGATE}: the deputy
 * holding a delegation in force for the task's scope or, when there is none, the head again and the
 * secretariat lead (Đ8.1: a deputy acts for the head only when delegated).
 */
public record EscalationTarget(Optional<BoardRole> role) {

    public static final EscalationTarget HEAD_DELEGATE = new EscalationTarget(Optional.empty());

    static EscalationTarget parse(String text) {
        if ("HEAD_DELEGATE".equals(text)) {
            return HEAD_DELEGATE;
        }
        try {
            return new EscalationTarget(Optional.of(BoardRole.valueOf(text)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("escalateTo: «" + text + "» không phải vai trò trong sơ đồ tổ chức "
                    + "(BoardRole) hay HEAD_DELEGATE", e);
        }
    }
}
