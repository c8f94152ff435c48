package vn.angiang.editorial.content;

import static vn.angiang.editorial.content.ContentVariables.APPRAISAL_COMMENT;
import static vn.angiang.editorial.content.ContentVariables.APPRAISAL_DECISION;
import static vn.angiang.editorial.content.ContentVariables.CHECK_COMMENT;
import static vn.angiang.editorial.content.ContentVariables.CHECK_DECISION;
import static vn.angiang.editorial.content.ContentVariables.CORRECTION_COMMENT;
import static vn.angiang.editorial.content.ContentVariables.CORRECTION_DECISION;
import static vn.angiang.editorial.content.ContentVariables.CORRECTION_HEAD_COMMENT;
import static vn.angiang.editorial.content.ContentVariables.CORRECTION_HEAD_DECISION;
import static vn.angiang.editorial.content.ContentVariables.HEAD_COMMENT;
import static vn.angiang.editorial.content.ContentVariables.HEAD_DECISION;
import static vn.angiang.editorial.content.ContentVariables.REVISION_COMMENT;
import static vn.angiang.editorial.content.ContentVariables.REVISION_DECISION;
import static vn.angiang.editorial.content.ContentVariables.VET_COMMENT;
import static vn.angiang.editorial.content.ContentVariables.VET_DECISION;

import static vn.angiang.editorial.content.Outcome.*;
import static vn.angiang.editorial.content.SubmissionStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.angiang.editorial.platform.process.ProcessVariable;
import java.util.stream.Collectors;

/**
 * The human steps of content approval, each bound to its user task in {@code content-approval.bpmn}:
 * the status it expects, the outcomes it allows and the status each outcome leads to, and what the
 * person at that step may edit. The service enforces this table whatever the client (Tasklist, REST).
 */
public enum Stage {
    /** Đ11.1: the IT center receives, edits, selects and vets. */
    VET("vetSubmission", VET_DECISION, VET_COMMENT, "Kiểm duyệt, biên tập", SUBMITTED, true, true,
            Map.of(FORWARD, IN_APPRAISAL, RETURN, RETURNED, REJECT, REJECTED)),
    /** The submitter revises what was returned, or withdraws it. */
    REVISE("reviseSubmission", REVISION_DECISION, REVISION_COMMENT, "Bổ sung, chỉnh sửa theo yêu cầu", RETURNED, true, true,
            Map.of(RESUBMIT, SUBMITTED, WITHDRAW, WITHDRAWN)),
    /** Đ10.3: the board member owning the field appraises and edits (Đ9.2–9.3: the office deputy for legal documents, press information). */
    APPRAISE("appraiseSubmission", APPRAISAL_DECISION, APPRAISAL_COMMENT, "Thẩm định, biên tập", IN_APPRAISAL, true, false,
            Map.of(APPROVE, APPROVED, RETURN, RETURNED, REJECT, REJECTED)),
    /** Đ7.1, Đ8.1–8.2: the head, or a deputy acting for the head, approves. */
    HEAD_APPROVAL("approveByHead", HEAD_DECISION, HEAD_COMMENT, "Phê duyệt đăng", AWAITING_HEAD_APPROVAL, false, false,
            Map.of(APPROVE, APPROVED, RETURN, IN_APPRAISAL, REJECT, REJECTED)),
    /** Đ10.4: the member checks the item after publication. */
    CHECK("checkPublishedItem", CHECK_DECISION, CHECK_COMMENT, "Kiểm tra sau khi đăng", PUBLISHED, true, false,
            Map.of(CONFIRM, PUBLISHED, CORRECT, PUBLISHED, TAKE_DOWN, SubmissionStatus.TAKEN_DOWN)),
    /** Đ10.4: at any time after the check, the field's member or the head corrects or takes down (content-correction). */
    CORRECTION_REQUEST("correctionRequested", CORRECTION_DECISION, CORRECTION_COMMENT, "Đính chính, gỡ tin bài đã đăng",
            PUBLISHED, true, false, Map.of(CORRECT, PUBLISHED, TAKE_DOWN, SubmissionStatus.TAKEN_DOWN)),
    /** Đ7.1: a correction goes through the head as the item did when the routing required it. */
    CORRECTION_APPROVAL("approveCorrectionByHead", CORRECTION_HEAD_DECISION, CORRECTION_HEAD_COMMENT,
            "Phê duyệt đính chính", PUBLISHED, false, false, Map.of(APPROVE, PUBLISHED, REJECT, PUBLISHED));

    /** The steps that correct or take down a published item. */
    boolean correctsPublishedItem() {
        return this == CHECK || this == CORRECTION_REQUEST;
    }

    /** Outcomes that must say why. */
    static final Set<Outcome> NEED_COMMENT = Set.of(RETURN, REJECT, CORRECT, TAKE_DOWN);

    private final String taskKey;
    private final ProcessVariable<String> decision;
    private final ProcessVariable<String> comment;
    private final String label;
    private final SubmissionStatus expects;
    private final boolean editsContent;
    private final boolean editsClassification;
    private final Map<Outcome, SubmissionStatus> transitions;

    Stage(String taskKey, ProcessVariable<String> decision, ProcessVariable<String> comment, String label, SubmissionStatus expects, boolean editsContent, boolean editsClassification,
            Map<Outcome, SubmissionStatus> transitions) {
        this.taskKey = taskKey;
        this.decision = decision;
        this.comment = comment;
        this.label = label;
        this.expects = expects;
        this.editsContent = editsContent;
        this.editsClassification = editsClassification;
        this.transitions = Collections.unmodifiableMap(new EnumMap<>(transitions));
    }

    /** The id of the user task in the BPMN model. */
    public String taskKey() {
        return taskKey;
    }

    /** The process variable holding the decision taken at this step ({@code vetDecision}, ...). */
    public ProcessVariable<String> decision() {
        return decision;
    }

    /** The process variable holding the comment given at this step ({@code vetComment}, ...). */
    public ProcessVariable<String> comment() {
        return comment;
    }

    public String label() {
        return label;
    }

    public SubmissionStatus expects() {
        return expects;
    }

    /** May edit title, summary and body. */
    public boolean editsContent() {
        return editsContent;
    }

    /** May change the content type, the field and the urgency (and so the routing). */
    public boolean editsClassification() {
        return editsClassification;
    }

    public Map<Outcome, SubmissionStatus> transitions() {
        return transitions;
    }

    /** The outcomes allowed here, as shown in messages. */
    public String allowedLabels() {
        return transitions.keySet().stream().map(Outcome::label).collect(Collectors.joining(", "));
    }

    public static Optional<Stage> forTask(String taskKey) {
        for (Stage stage : values()) {
            if (stage.taskKey.equals(taskKey)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
