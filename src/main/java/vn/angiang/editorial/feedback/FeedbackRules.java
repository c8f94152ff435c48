package vn.angiang.editorial.feedback;

import java.util.Optional;

import vn.angiang.editorial.platform.deadline.Deadline;

/** Routing and deadlines of feedback; the rules live in {@code feedback-routing.dmn}, not in Java. */
public interface FeedbackRules {

    /**
     * The proposed agency group for a topic and area, {@link FeedbackCatalog#BOARD}, or empty when no rule
     * covers it or the rule leaves the choice to the IT center.
     *
     * @param areaAgency the area's own agency group ({@link FeedbackCatalog#areaAgency}), null when the
     *                   org chart has none
     */
    Optional<String> proposedAgency(String topic, String area, String areaAgency);

    /** The deadline of a step ({@code forward}, {@code answer}, {@code progress}, {@code publish}). */
    Deadline deadline(String step);

}
