package vn.angiang.editorial.content;

import static vn.angiang.editorial.content.Outcome.*;
import static vn.angiang.editorial.content.SubmissionStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The human steps of content approval, each bound to its user task in {@code content-approval.bpmn}:
 * the status it expects, the outcomes it allows and the status each outcome leads to, and what the
 * person at that step may edit. The service enforces this table whatever the client (Tasklist, REST).
 */
public enum Stage {
    /** Đ11.1: the IT center receives, edits, selects and vets. */
    VET("vetSubmission", "vet", "Kiểm duyệt, biên tập", SUBMITTED, true, true,
            Map.of(FORWARD, IN_APPRAISAL, RETURN, RETURNED, REJECT, REJECTED)),
    /** The submitter revises what was returned, or withdraws it. */
    REVISE("reviseSubmission", "revision", "Bổ sung, chỉnh sửa theo yêu cầu", RETURNED, true, true,
            Map.of(RESUBMIT, SUBMITTED, WITHDRAW, WITHDRAWN)),
    /** Đ10.3: the board member owning the field appraises and edits (Đ9.2–9.3: the office deputy for legal documents, press information). */
    APPRAISE("appraiseSubmission", "appraisal", "Thẩm định, biên tập", IN_APPRAISAL, true, false,
            Map.of(APPROVE, APPROVED, RETURN, RETURNED, REJECT, REJECTED)),
    /** Đ7.1, Đ8.1–8.2: the head, or a deputy acting for the head, approves. */
    HEAD_APPROVAL("approveByHead", "head", "Phê duyệt đăng", AWAITING_HEAD_APPROVAL, false, false,
            Map.of(APPROVE, APPROVED, RETURN, IN_APPRAISAL, REJECT, REJECTED)),
    /** Đ10.4: the member checks the item after publication. */
    CHECK("checkPublishedItem", "check", "Kiểm tra sau khi đăng", PUBLISHED, true, false,
            Map.of(CONFIRM, PUBLISHED, CORRECT, PUBLISHED, TAKE_DOWN, SubmissionStatus.TAKEN_DOWN));

    /** Outcomes that must say why. */
    static final Set<Outcome> NEED_COMMENT = Set.of(RETURN, REJECT, CORRECT, TAKE_DOWN);

    private final String taskKey;
    private final String variablePrefix;
    private final String label;
    private final SubmissionStatus expects;
    private final boolean editsContent;
    private final boolean editsClassification;
    private final Map<Outcome, SubmissionStatus> transitions;

    Stage(String taskKey, String variablePrefix, String label, SubmissionStatus expects, boolean editsContent, boolean editsClassification,
            Map<Outcome, SubmissionStatus> transitions) {
        this.taskKey = taskKey;
        this.variablePrefix = variablePrefix;
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

    /** The process variable holding the decision taken at this step ("vetDecision", ...). */
    public String decisionVariable() {
        return variablePrefix + "Decision";
    }

    /** The process variable holding the comment given at this step ("vetComment", ...). */
    public String commentVariable() {
        return variablePrefix + "Comment";
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
