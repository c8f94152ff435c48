package vn.angiang.editorial.feedback;

import java.util.Optional;

import vn.angiang.editorial.platform.deadline.Deadline;

/** Routing and deadlines of feedback; the rules live in {@code feedback-routing.dmn}, not in Java. */
public interface FeedbackRules {

    /** The proposed agency group for a topic and area, {@link FeedbackCatalog#BOARD}, or empty if no rule covers it. */
    Optional<String> proposedAgency(String topic, String area);

    /** The deadline of a step ({@code forward}, {@code answer}, {@code progress}, {@code publish}). */
    Deadline deadline(String step);

}
