package vn.angiang.editorial.platform.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;
import static vn.angiang.editorial.platform.orgchart.GroupKind.AGENCY;
import static vn.angiang.editorial.platform.orgchart.GroupKind.BOARD_HEAD;
import static vn.angiang.editorial.platform.orgchart.GroupKind.BOARD_MEMBER;
import static vn.angiang.editorial.platform.orgchart.GroupKind.COLLABORATOR;
import static vn.angiang.editorial.platform.orgchart.GroupKind.DEPUTY_HEAD;
import static vn.angiang.editorial.platform.orgchart.GroupKind.IT_CENTER;
import static vn.angiang.editorial.platform.orgchart.GroupKind.MANAGER;
import static vn.angiang.editorial.platform.orgchart.GroupKind.PROCESS_OWNER;
import static vn.angiang.editorial.platform.orgchart.GroupKind.SECRETARIAT;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

import vn.angiang.editorial.platform.orgchart.GroupKind;

/**
 * Who may do what, by kind of group. Every group of the org chart receives the grants of its kind.
 *
 * <p>Tasks need no row here: the engine grants a task's candidate groups and assignee the right to
 * see and work it, so each group sees exactly the tasks routed to it and an agency never sees
 * another agency's task. The starter of an instance may read it ({@link StarterMayReadInstance}).
 */
public final class AuthorizationTable {

    public record Grant(Set<GroupKind> kinds, Resource resource, String resourceId, List<Permission> permissions) {}

    private static final Set<GroupKind> EVERYONE = EnumSet.allOf(GroupKind.class);
    /** Đ7.1: the head answers for all content; the deputies act for the head (Đ8.1, Đ8.2). */
    private static final Set<GroupKind> OVERSIGHT = EnumSet.of(BOARD_HEAD, DEPUTY_HEAD, MANAGER);

    /** Who submits works to the portal: agencies, collaborators, the IT center, the board and its secretariat (Đ5.2, Đ17.2). */
    public static final Set<GroupKind> CONTENT_SUBMITTERS = Collections.unmodifiableSet(
            EnumSet.of(AGENCY, COLLABORATOR, IT_CENTER, BOARD_MEMBER, SECRETARIAT));

    /** Who may start a meeting convocation from Tasklist; {@code MeetingService} narrows it by role and delegation. */
    public static final Set<GroupKind> MEETING_CONVENERS = Collections.unmodifiableSet(
            EnumSet.of(BOARD_HEAD, DEPUTY_HEAD, SECRETARIAT));

    public static final List<Grant> GRANTS = List.of(
            // the work inbox, and the names of colleagues shown in it
            grant(EVERYONE, APPLICATION, "tasklist", ACCESS),
            grant(EVERYONE, USER, "*", READ),
            grant(EVERYONE, GROUP, "*", READ),

            // who may start which process (Tasklist's "Start process" lists only these)
            // (board members and the secretariat submit works of their own too, Đ17.2)
            grant(CONTENT_SUBMITTERS, PROCESS_DEFINITION, "content-approval", READ, CREATE_INSTANCE),
            grant(EnumSet.of(IT_CENTER), PROCESS_DEFINITION, "feedback-handling", READ, CREATE_INSTANCE),
            grant(EnumSet.of(IT_CENTER), PROCESS_DEFINITION, "royalty-payout", READ, CREATE_INSTANCE),
            // the secretariat drafts periodic and ad hoc reports (Đ12.4); the monthly one starts by timer
            grant(EnumSet.of(SECRETARIAT), PROCESS_DEFINITION, "monthly-report", READ, CREATE_INSTANCE),
            grant(CONTENT_SUBMITTERS, PROCESS_INSTANCE, "*", CREATE),
            // a published item is corrected or taken down at any time by its field's member or the head (Đ10.4)
            grant(EnumSet.of(BOARD_MEMBER, BOARD_HEAD), PROCESS_DEFINITION, "content-correction", READ, CREATE_INSTANCE),
            grant(EnumSet.of(BOARD_HEAD), PROCESS_INSTANCE, "*", CREATE),
            // meetings are convened by the head, by a deputy head (the service then requires a delegation in force,
            // Đ15.2, Đ14.3) or by the secretariat lead at the head's request (the service refuses other secretaries)
            grant(MEETING_CONVENERS, PROCESS_DEFINITION, "meeting-convocation", READ, CREATE_INSTANCE),
            grant(EnumSet.of(DEPUTY_HEAD), PROCESS_INSTANCE, "*", CREATE),

            // Cockpit: read everything that runs and ran
            grant(OVERSIGHT, APPLICATION, "cockpit", ACCESS),
            grant(OVERSIGHT, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY, READ_TASK),
            grant(OVERSIGHT, PROCESS_INSTANCE, "*", READ),
            grant(OVERSIGHT, TASK, "*", READ),
            grant(OVERSIGHT, DECISION_DEFINITION, "*", READ, READ_HISTORY),
            grant(OVERSIGHT, DECISION_REQUIREMENTS_DEFINITION, "*", READ),
            grant(OVERSIGHT, DEPLOYMENT, "*", READ),

            // process owners deploy from Modeler (POST /engine-rest/deployment/create); nobody else may
            grant(EnumSet.of(PROCESS_OWNER), APPLICATION, "cockpit", ACCESS),
            grant(EnumSet.of(PROCESS_OWNER), DEPLOYMENT, "*", CREATE, READ, DELETE),
            grant(EnumSet.of(PROCESS_OWNER), PROCESS_DEFINITION, "*", READ, UPDATE, READ_HISTORY),
            grant(EnumSet.of(PROCESS_OWNER), DECISION_DEFINITION, "*", READ, UPDATE),
            grant(EnumSet.of(PROCESS_OWNER), DECISION_REQUIREMENTS_DEFINITION, "*", READ),

            // board members read the decisions that routed work to them
            grant(EnumSet.of(BOARD_MEMBER), DECISION_DEFINITION, "*", READ));

    // The application's own endpoints, by kind as well (checked with GroupKinds; administrators pass).

    /**
     * Who reads every audit trail, of content ({@code /api/content/{id}/audit}) and of feedback
     * ({@code /api/feedback/{code}/audit}): the board, its standing office and secretariat, those who
     * oversee. A submitter also reads the trail of their own content; agencies work from their tasks.
     */
    public static final Set<GroupKind> AUDIT_READERS =
            Collections.unmodifiableSet(EnumSet.of(BOARD_HEAD, DEPUTY_HEAD, BOARD_MEMBER, IT_CENTER, SECRETARIAT, MANAGER));

    /**
     * Who reads the board's meetings and their papers ({@code /api/meetings}): the board, its secretariat, those who
     * oversee; a group given follow-up work by a meeting also reads that meeting (checked per record).
     */
    public static final Set<GroupKind> MEETING_READERS =
            Collections.unmodifiableSet(EnumSet.of(BOARD_HEAD, DEPUTY_HEAD, BOARD_MEMBER, SECRETARIAT, MANAGER));

    /** Who sees a feedback sender's contact details in its trail: the IT center, who may have to call back. */
    public static final Set<GroupKind> SENDER_CONTACT_READERS = Collections.unmodifiableSet(EnumSet.of(IT_CENTER));

    /**
     * Who reads the operations metrics, {@code /actuator/prometheus} and the engine's own
     * ({@code /engine-rest/metrics}, see UncheckedCommandsGuard): how busy the board is and what fails.
     */
    public static final Set<GroupKind> METRICS_READERS = Collections.unmodifiableSet(EnumSet.of(MANAGER));

    private AuthorizationTable() {}

    private static Grant grant(Set<GroupKind> kinds, Resource resource, String resourceId, Permission... permissions) {
        return new Grant(kinds, resource, resourceId, List.of(permissions));
    }
}
