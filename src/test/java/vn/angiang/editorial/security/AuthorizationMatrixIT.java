package vn.angiang.editorial.security;

import static org.assertj.core.api.Assertions.fail;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_WORK;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.AUTHORIZATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.GROUP_MEMBERSHIP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;
import static vn.angiang.editorial.security.EngineHttp.body;
import static vn.angiang.editorial.security.EngineHttp.value;
import static vn.angiang.editorial.security.EngineHttp.variables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgChart;
import vn.angiang.editorial.platform.orgchart.OrgChartLoader;
import vn.angiang.editorial.platform.orgchart.OrgChartProperties;
import vn.angiang.editorial.platform.security.AuthorizationTable;
import vn.angiang.editorial.security.EngineHttp.Response;
import vn.angiang.editorial.security.EngineHttp.Webapp;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * Every kind of group against every resource and action, over HTTP on the running application: one
 * demo person stands for each {@link GroupKind} (taken from the org chart, so a new kind without one
 * fails here), and what each may do is computed from {@link AuthorizationTable}, the engine's task
 * rights (a task's candidate groups and assignee work it, {@code ClientInputPlugin}), the starter's
 * right to read their instance ({@code StarterMayReadInstance}), the refusal of direct variable writes
 * ({@code ClientInputGuard}) and the application's own endpoints (audit trails, metrics). Nothing is
 * written per cell: each action names the check the engine or the application makes, and the table
 * answers it for the kinds of the person's groups. Real work of both processes is set up first, so
 * tasks of several groups, instances, history, deployments and decisions exist to be reached for.
 *
 * <p>A cell is "allowed" when the answer is a success (for a list: the item is in it) and "refused"
 * when the thing is not visible or not permitted: 403, 404 (the REST API answers a task, instance,
 * definition or deployment the person may not see as if it did not exist) or absent from a filtered
 * list. Any other answer (400, 409, 5xx) never matches, but for the REST API's own way of refusing a
 * comment (see {@link #actUnlessHidden}). A last column, an administrator, shows that
 * every probe can succeed at all, so a refusal is never a probe that could not work. Every mismatch is
 * reported at once, as lines of a table, and the whole matrix is printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability // tests switch metrics export off unless asked: the metrics are part of the matrix
class AuthorizationMatrixIT {

    private static final String ADMIN = "demo";
    private static final String ANY = "*";
    private static final String CONTENT = "content-approval";
    private static final String FEEDBACK = "feedback-handling";
    private static final String DECISION = "content-appraiser";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "authorization_matrix");
    }

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired OrgChartLoader orgChartLoader;
    @Autowired OrgChartProperties orgChartProperties;

    EngineHttp http;
    Scenarios scenarios;
    OrgChart chart;

    @BeforeEach
    void clients() {
        http = new EngineHttp(port);
        scenarios = new Scenarios(http, jdbc);
        List<String> locations = new ArrayList<>(orgChartProperties.locations());
        locations.addAll(orgChartProperties.demoLocations());
        chart = orgChartLoader.load(locations);
    }

    @Test
    void everyKindOfGroupHasADemoPersonToStandForIt() {
        representatives();
    }

    @Test
    void everyKindOfGroupMayDoWhatItsGrantsSayAndNothingMore() {
        long started = System.nanoTime();
        Map<GroupKind, Subject> representatives = representatives();
        List<Subject> subjects = new ArrayList<>(representatives.values());
        subjects.add(new Subject("(camunda-admin)", ADMIN, Set.of(Groups.CAMUNDA_ADMIN), Set.of(), true));
        List<Row> rows = new World(representatives).rows();

        Map<Row, Map<Subject, Cell>> cells = new LinkedHashMap<>();
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            Map<Subject, Cell> line = new LinkedHashMap<>();
            for (Subject subject : subjects) {
                Cell cell = probe(row, subject);
                line.put(subject, cell);
                if (!cell.matches()) {
                    mismatches.add(String.format("%-15s %-12s %-44s %-52s expected %-8s actual %s", subject.column(),
                            subject.user(), row.resource(), row.action(), cell.expected().label, cell.actual()));
                }
            }
            cells.put(row, line);
        }
        long cellCount = cells.values().stream().flatMap(m -> m.values().stream())
                .filter(c -> c.expected() != Verdict.NOT_APPLICABLE).count();
        System.out.println(table(rows, subjects, cells));
        System.out.printf("Authorization matrix: %d kinds (+ administrator) × %d actions, %d cells probed in %d s%n",
                subjects.size() - 1, rows.size(), cellCount, (System.nanoTime() - started) / 1_000_000_000L);
        if (!mismatches.isEmpty()) {
            fail("%d cell(s) of the authorization matrix differ from what AuthorizationTable says:%n%-15s %-12s %-44s %-52s%n%s",
                    mismatches.size(), "kind", "user", "resource", "action", String.join("\n", mismatches));
        }
    }

    /** One cell; a probe that cannot be made (its set-up failed) is reported as a cell, not as the end of the run. */
    private static Cell probe(Row row, Subject subject) {
        Verdict expected = Verdict.UNEXPECTED;
        try {
            // the expectation first: it may set up what the probe works on
            expected = row.expected().apply(subject);
            return new Cell(expected, expected == Verdict.NOT_APPLICABLE ? Outcome.NOT_APPLICABLE : row.probe().apply(subject));
        } catch (RuntimeException | AssertionError e) {
            return new Cell(expected, new Outcome(Verdict.UNEXPECTED, "error " + e.toString().replaceAll("\\s+", " ")));
        }
    }

    // --- who stands for each kind ----------------------------------------------------------------

    /**
     * For each kind of group, in {@link GroupKind} order, a demo person in a group of that kind: the one
     * whose groups are of the fewest other kinds (the first in the file on a tie). Fails naming every
     * kind without one.
     */
    private Map<GroupKind, Subject> representatives() {
        Map<String, GroupKind> kindOf = chart.groups().stream()
                .collect(Collectors.toMap(OrgChart.Group::id, OrgChart.Group::kind));
        Map<GroupKind, Subject> representatives = new EnumMap<>(GroupKind.class);
        List<String> missing = new ArrayList<>();
        for (GroupKind kind : GroupKind.values()) {
            List<OrgChart.Person> members = chart.users().stream()
                    .filter(p -> p.groups().stream().anyMatch(g -> kindOf.get(g) == kind)).toList();
            if (members.isEmpty()) {
                boolean hasGroup = kindOf.containsValue(kind);
                missing.add(kind + (hasGroup ? ": no demo person is in a group of this kind (demo-people.yaml)"
                        : ": the org chart has no group of this kind (org-chart.yaml) and no demo person in one"));
                continue;
            }
            OrgChart.Person person = members.stream()
                    .min(Comparator.comparingInt(p -> kindsOf(p, kindOf).size())).orElseThrow();
            representatives.put(kind, new Subject(kind.name(), person.id(), Set.copyOf(person.groups()),
                    kindsOf(person, kindOf), false));
        }
        if (!missing.isEmpty()) {
            fail("Every kind of group needs a demo person to stand for it in the authorization matrix; missing:%n  %s",
                    String.join("\n  ", missing));
        }
        return representatives;
    }

    private static Set<GroupKind> kindsOf(OrgChart.Person person, Map<String, GroupKind> kindOf) {
        return person.groups().stream().map(kindOf::get).collect(Collectors.toCollection(() -> EnumSet.noneOf(GroupKind.class)));
    }

    /** Who acts in a column: the person standing for a kind, with all their groups and the kinds of those. */
    record Subject(String column, String user, Set<String> groups, Set<GroupKind> kinds, boolean administrator) {

        /**
         * The engine's check as the table answers it: a grant to one of the person's kinds on
         * {@code resourceId} or on every resource of the type ({@code *}), holding one of {@code anyOf}.
         * An administrator passes every check.
         */
        boolean granted(Resource resource, String resourceId, Permission... anyOf) {
            return administrator || AuthorizationTable.GRANTS.stream().anyMatch(grant ->
                    !Collections.disjoint(grant.kinds(), kinds)
                            && grant.resource().resourceType() == resource.resourceType()
                            && (grant.resourceId().equals(ANY) || grant.resourceId().equals(resourceId))
                            && grant.permissions().stream().anyMatch(held -> held.getName().equals("ALL")
                                    || Arrays.stream(anyOf).anyMatch(asked -> asked.getName().equals(held.getName()))));
        }

        boolean memberOfAny(Collection<String> others) {
            return !Collections.disjoint(groups, others);
        }

        /** The application's own check ({@code GroupKinds}): an administrator, or a group of one of these kinds. */
        boolean ofKind(Set<GroupKind> allowed) {
            return administrator || kinds.stream().anyMatch(allowed::contains);
        }
    }

    // --- what the engine and the application ask of a person ------------------------------------

    /**
     * The checks behind each action, as Camunda 7.24 makes them (with {@code enforceSpecificVariablePermission}
     * and historic instance permissions off, as configured) and as the application adds to them.
     */
    static final class Rules {

        private Rules() {
        }

        /** Candidates and the assignee may read and work a task (the engine's default task rights, TASK_WORK here). */
        static boolean readTask(Subject s, TaskRef t) {
            return s.user().equals(t.assignee()) || s.memberOfAny(t.candidates())
                    || s.granted(TASK, t.id(), READ) || s.granted(PROCESS_DEFINITION, t.processKey(), READ_TASK);
        }

        /** Claim, complete: TASK_WORK (or UPDATE) on the task or on its definition's tasks. */
        static boolean workTask(Subject s, TaskRef t) {
            return s.user().equals(t.assignee()) || s.memberOfAny(t.candidates())
                    || s.granted(TASK, t.id(), TASK_WORK, UPDATE)
                    || s.granted(PROCESS_DEFINITION, t.processKey(), TASK_WORK, UPDATE_TASK);
        }

        /** Hand a task to someone, add a candidate group: TASK_ASSIGN (or UPDATE); candidates and assignees hold TASK_WORK only. */
        static boolean assignTask(Subject s, TaskRef t) {
            return s.granted(TASK, t.id(), TASK_ASSIGN, UPDATE) || s.granted(PROCESS_DEFINITION, t.processKey(), TASK_ASSIGN, UPDATE_TASK);
        }

        /** Variables are written through forms only; direct writes are refused to all but administrators (ClientInputGuard). */
        static boolean writeVariables(Subject s) {
            return s.administrator();
        }

        /** The starter reads their instance (StarterMayReadInstance); others need READ on it or READ_INSTANCE on the definition. */
        static boolean readInstance(Subject s, InstanceRef i) {
            return s.user().equals(i.starter()) || s.granted(PROCESS_INSTANCE, i.id(), READ)
                    || s.granted(PROCESS_DEFINITION, i.processKey(), READ_INSTANCE);
        }

        static boolean suspendInstance(Subject s, InstanceRef i) {
            return s.granted(PROCESS_INSTANCE, i.id(), UPDATE, ProcessInstancePermissions.SUSPEND)
                    || s.granted(PROCESS_DEFINITION, i.processKey(), UPDATE_INSTANCE, ProcessDefinitionPermissions.SUSPEND_INSTANCE);
        }

        /** Move tokens, fire a timer before it is due: UPDATE on the instance or UPDATE_INSTANCE on the definition. */
        static boolean updateInstance(Subject s, InstanceRef i) {
            return s.granted(PROCESS_INSTANCE, i.id(), UPDATE) || s.granted(PROCESS_DEFINITION, i.processKey(), UPDATE_INSTANCE);
        }

        static boolean cancelInstance(Subject s, InstanceRef i) {
            return s.granted(PROCESS_INSTANCE, i.id(), DELETE) || s.granted(PROCESS_DEFINITION, i.processKey(), DELETE_INSTANCE);
        }

        /** History of a process (instances, tasks, variables, operation log): READ_HISTORY on its definition. */
        static boolean readHistory(Subject s, String processKey) {
            return s.granted(PROCESS_DEFINITION, processKey, READ_HISTORY);
        }

        /** Reports over all processes (duration, task counts): READ_HISTORY on every definition ({@code *}). */
        static boolean readReports(Subject s) {
            return s.granted(PROCESS_DEFINITION, ANY, READ_HISTORY);
        }

        static boolean readDefinition(Subject s, String processKey) {
            return s.granted(PROCESS_DEFINITION, processKey, READ);
        }

        static boolean start(Subject s, String processKey) {
            return s.granted(PROCESS_DEFINITION, processKey, CREATE_INSTANCE) && s.granted(PROCESS_INSTANCE, ANY, CREATE);
        }

        static boolean suspendDefinition(Subject s, String processKey) {
            return s.granted(PROCESS_DEFINITION, processKey, UPDATE, ProcessDefinitionPermissions.SUSPEND);
        }
    }

    // --- the matrix ------------------------------------------------------------------------------

    enum Verdict {
        ALLOWED("allowed"), REFUSED("refused"), NOT_APPLICABLE("n/a"), UNEXPECTED("unexpected");

        final String label;

        Verdict(String label) {
            this.label = label;
        }

        static Verdict of(boolean allowed) {
            return allowed ? ALLOWED : REFUSED;
        }
    }

    /** What came back: a verdict and the answer it was read from. */
    record Outcome(Verdict verdict, String detail) {

        static final Outcome NOT_APPLICABLE = new Outcome(Verdict.NOT_APPLICABLE, "");

        boolean allowed() {
            return verdict == Verdict.ALLOWED;
        }

        @Override
        public String toString() {
            return verdict.label + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    record Cell(Verdict expected, Outcome actual) {
        boolean matches() {
            return expected != Verdict.UNEXPECTED && expected == actual.verdict();
        }
    }

    /** One action on one resource; {@code expected} is computed, {@code probe} asks the application. */
    record Row(String resource, String action, Function<Subject, Verdict> expected, Function<Subject, Outcome> probe) {
    }

    record TaskRef(String id, String processInstanceId, String processKey, String key, Set<String> candidates,
            String assignee) {

        String label() {
            return "task " + key + " [" + (candidates.isEmpty() ? "assignee " + assignee : String.join(",", candidates)) + "]";
        }
    }

    record InstanceRef(String id, String processKey, String starter) {
    }

    /** Something an allowed action may use up (a completed task, a deleted deployment): made again when needed. */
    static final class Supply<T> {

        private final Supplier<T> make;
        private T current;

        Supply(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            if (current == null) {
                current = make.get();
            }
            return current;
        }

        void usedUp() {
            current = null;
        }
    }

    /** The work set up for the matrix, and its rows. */
    final class World {

        private final AtomicInteger serial = new AtomicInteger();
        private final Map<String, GroupKind> kindOf = chart.groups().stream()
                .collect(Collectors.toMap(OrgChart.Group::id, OrgChart.Group::kind));
        private final Set<String> representativeUsers;
        private final Map<Subject, Webapp> tasklistSessions = new HashMap<>();
        private final Map<Subject, InstanceRef> ownContent = new HashMap<>();

        // people who act in the set-up and stand for nobody: what they start is "another's"
        private final String contentStarter;
        private final String feedbackOfficial;
        private final String ownAgency;
        private final String otherAgency;
        private final Subject boardMember;
        private String target;

        World(Map<GroupKind, Subject> representatives) {
            representativeUsers = representatives.values().stream().map(Subject::user).collect(Collectors.toCollection(HashSet::new));
            representativeUsers.add(ADMIN);
            Subject agency = representatives.get(GroupKind.AGENCY);
            boardMember = representatives.get(GroupKind.BOARD_MEMBER);
            contentStarter = nonRepresentative(p -> startable(p, CONTENT));
            feedbackOfficial = nonRepresentative(p -> startable(p, FEEDBACK));
            ownAgency = agency.groups().stream().filter(g -> kindOf.get(g) == GroupKind.AGENCY).sorted().findFirst().orElseThrow();
            // one with people: feedback is never forwarded to an agency nobody works in (refused at classification)
            otherAgency = chart.groups().stream().filter(g -> g.kind() == GroupKind.AGENCY && !agency.groups().contains(g.id()))
                    .filter(g -> chart.users().stream().anyMatch(p -> p.groups().contains(g.id())))
                    .map(OrgChart.Group::id).findFirst().orElseThrow();
        }

        private boolean startable(OrgChart.Person person, String processKey) {
            Subject as = new Subject("", person.id(), Set.copyOf(person.groups()), kindsOf(person, kindOf), false);
            return Rules.start(as, processKey);
        }

        private String nonRepresentative(Predicate<OrgChart.Person> may) {
            return chart.users().stream().filter(p -> !representativeUsers.contains(p.id())).filter(may)
                    .map(OrgChart.Person::id).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the demo org chart needs a second person who may start"));
        }

        /** The first demo person in {@code group}. */
        private String memberOf(String group) {
            return chart.users().stream().filter(p -> p.groups().contains(group)).map(OrgChart.Person::id).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no demo person in " + group));
        }

        private String unique(String text) {
            return text + " " + serial.incrementAndGet();
        }

        // --- the work to reach for ---------------------------------------------------------------

        private TaskRef task(String id, String processKey) {
            JsonNode task = admin("GET", "/task/" + id, null).json();
            SortedSet<String> candidates = new TreeSet<>();
            for (JsonNode link : admin("GET", "/task/" + id + "/identity-links?type=candidate", null).json()) {
                if (!link.path("groupId").isNull() && !link.path("groupId").isMissingNode()) {
                    candidates.add(link.path("groupId").asText());
                }
            }
            String assignee = task.path("assignee").isTextual() ? task.path("assignee").asText() : null;
            return new TaskRef(id, task.path("processInstanceId").asText(), processKey,
                    task.path("taskDefinitionKey").asText(), Collections.unmodifiableSortedSet(candidates), assignee);
        }

        private TaskRef vetTask() {
            String pi = scenarios.submitContent(contentStarter, unique("Tin chờ kiểm duyệt"));
            return task(scenarios.openTask(pi, "vetSubmission", ADMIN), CONTENT);
        }

        /** An appraisal in {@code field}: the field's member group is its candidate. */
        private TaskRef appraisalTask(String field) {
            String pi = scenarios.submitContent(contentStarter, unique("Tin chờ thẩm định"), "news", field);
            return task(scenarios.vetted(pi), CONTENT);
        }

        private TaskRef headApprovalTask() {
            String pi = scenarios.submitContent(contentStarter, unique("Bài viết chờ phê duyệt"), "article", "economy");
            TaskRef appraisal = task(scenarios.vetted(pi), CONTENT);
            String appraiser = memberOf(appraisal.candidates().iterator().next());
            scenarios.work(appraiser, appraisal.id(), variables("appraisalDecision", value("approve")));
            return task(scenarios.openTask(pi, "approveByHead", ADMIN), CONTENT);
        }

        private TaskRef revisionTask() {
            String pi = scenarios.submitContent(contentStarter, unique("Tin trả lại để bổ sung"));
            return task(scenarios.returnedForRevision(pi), CONTENT);
        }

        private TaskRef classificationTask() {
            String pi = scenarios.enterFeedback(feedbackOfficial, unique("Phản ánh chờ phân loại"));
            return task(scenarios.openTask(pi, "classifyFeedback", ADMIN), FEEDBACK);
        }

        private TaskRef forwardingApprovalTask() {
            String pi = scenarios.enterFeedback(feedbackOfficial, unique("Phản ánh chờ duyệt phiếu chuyển"));
            return task(scenarios.proposedForForwarding(pi, ownAgency), FEEDBACK);
        }

        private TaskRef answerTask(String agency) {
            String pi = scenarios.enterFeedback(feedbackOfficial, unique("Phản ánh chờ cơ quan trả lời"));
            return task(scenarios.forwarded(pi, agency, ADMIN), FEEDBACK);
        }

        private TaskRef reviewTask() {
            String pi = scenarios.enterFeedback(feedbackOfficial, unique("Câu trả lời chờ xem xét"));
            String answer = scenarios.forwarded(pi, ownAgency, ADMIN);
            scenarios.work(memberOf(ownAgency), answer, answerForm("Cơ quan đã xử lý xong."));
            return task(scenarios.openTask(pi, "reviewAnswer", ADMIN), FEEDBACK);
        }

        private InstanceRef contentInstance() {
            String pi = scenarios.submitContent(contentStarter, unique("Hồ sơ tin bài của người khác"));
            return new InstanceRef(pi, CONTENT, contentStarter);
        }

        /** Forwarded to an agency, so that its answer deadline and progress reminder wait as timers (jobs). */
        private InstanceRef feedbackInstance() {
            String pi = scenarios.enterFeedback(feedbackOfficial, unique("Hồ sơ phản ánh của người khác"));
            scenarios.forwarded(pi, otherAgency, ADMIN);
            return new InstanceRef(pi, FEEDBACK, feedbackOfficial);
        }

        /** Touched by an administrator, so that the operation log of the instance has an entry. */
        private InstanceRef logged(InstanceRef instance) {
            require(admin("POST", "/process-instance/" + instance.id() + "/variables",
                    body("modifications", variables("matrixNote", value("đã xem")))), 204, "note on " + instance.id());
            return instance;
        }

        private record Deployment(String id, String definitionId) {
        }

        private Deployment deployment(String user, String name) {
            String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("matrixProbe").name("Quy trình thử")
                    .camundaHistoryTimeToLive(1).startEvent().userTask("probe").endEvent().done());
            Response deployed = http.deploy(user, name, "matrix-probe.bpmn", bpmn);
            if (deployed.status() != 200) {
                return new Deployment(null, null);
            }
            JsonNode definitions = deployed.json().path("deployedProcessDefinitions");
            return new Deployment(deployed.json().path("id").asText(),
                    definitions.fieldNames().hasNext() ? definitions.fieldNames().next() : null);
        }

        private Deployment probeDeployment() {
            Deployment deployment = deployment(ADMIN, unique("matrix-probe"));
            if (deployment.id() == null) {
                throw new IllegalStateException("an administrator could not deploy the probe process");
            }
            return deployment;
        }

        private String throwawayUser() {
            String id = "matrix-target-" + serial.incrementAndGet();
            require(admin("POST", "/user/create", newUser(id)), 204, "user " + id);
            return id;
        }

        // --- the rows ----------------------------------------------------------------------------

        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            target = throwawayUser();
            // the field of the board member standing for the kind, so that one appraisal is theirs
            String memberField = chart.groups().stream().filter(g -> g.field() != null && boardMember.groups().contains(g.id()))
                    .map(OrgChart.Group::field).findFirst().orElse("economy");

            // tasks of several groups, each as its candidates get it
            Map<String, Object> forward = variables("classification", value("forward"), "agencyGroup", value(ownAgency));
            taskRows(rows, new Supply<>(this::vetTask), variables("vetDecision", value("forward")));
            taskRows(rows, new Supply<>(() -> appraisalTask(memberField)), variables("appraisalDecision", value("approve")));
            taskRows(rows, new Supply<>(this::headApprovalTask), variables("headDecision", value("approve")));
            taskRows(rows, new Supply<>(this::revisionTask), Scenarios.resubmission("Tin đã bổ sung"));
            taskRows(rows, new Supply<>(this::classificationTask), forward);
            taskRows(rows, new Supply<>(this::forwardingApprovalTask), variables("forwardDecision", value("approve")));
            taskRows(rows, new Supply<>(() -> answerTask(ownAgency)), answerForm("Cơ quan trả lời."));
            taskRows(rows, new Supply<>(() -> answerTask(otherAgency)), answerForm("Trả lời thay cơ quan khác."));
            taskRows(rows, new Supply<>(this::reviewTask), variables("reviewDecision", value("accept")));

            // the same engine behind Tasklist's own API
            Supply<TaskRef> vet = new Supply<>(this::vetTask);
            rows.add(new Row(vet.get().label(), "read through a Tasklist session",
                    s -> Verdict.of(Rules.readTask(s, vet.get())),
                    s -> tasklist(s).map(w -> read(w.engine("GET", "/task/" + vet.get().id(), null)))
                            .orElse(new Outcome(Verdict.REFUSED, "no Tasklist access"))));

            // instances of both processes, started by someone else
            InstanceRef content = logged(contentInstance());
            InstanceRef feedback = logged(feedbackInstance());
            instanceRows(rows, content, new Supply<>(this::contentInstance));
            instanceRows(rows, feedback, new Supply<>(this::feedbackInstance));
            rows.add(new Row("instance " + CONTENT, "read through a Tasklist session",
                    s -> Verdict.of(Rules.readInstance(s, content)),
                    s -> tasklist(s).map(w -> read(w.engine("GET", "/process-instance/" + content.id(), null)))
                            .orElse(new Outcome(Verdict.REFUSED, "no Tasklist access"))));

            String contentDefinition = admin("GET", "/process-definition/key/" + CONTENT, null).json().path("id").asText();
            rows.add(new Row("instance " + CONTENT, "listed in Cockpit (its own API) from a Tasklist session",
                    // the webapps let a session into Cockpit's API only with access to Cockpit
                    s -> Verdict.of(s.granted(APPLICATION, "cockpit", ACCESS) && Rules.readInstance(s, content)),
                    s -> tasklist(s).map(w -> listed(w.api("POST", "/camunda/api/cockpit/plugin/base/default/process-instance",
                                    variables("processDefinitionId", contentDefinition)), item -> item.path("id").asText().equals(content.id())))
                            .orElse(new Outcome(Verdict.REFUSED, "no Tasklist access"))));

            definitionRows(rows, CONTENT, s -> Scenarios.contentStartForm(unique("Tin tự gửi")));
            definitionRows(rows, FEEDBACK, s -> Scenarios.feedbackStartForm(unique("Phản ánh tự nhập")));
            rows.add(new Row("instance " + CONTENT + " (own)", "read the instance one started",
                    s -> ownContent.containsKey(s) ? Verdict.of(Rules.readInstance(s, ownContent.get(s))) : Verdict.NOT_APPLICABLE,
                    s -> read(as(s, "GET", "/process-instance/" + ownContent.get(s).id(), null))));
            rows.add(new Row("content audit trail (own)", "GET /api/content/{id}/audit",
                    // the submitter reads the trail of their own item (AuditController)
                    s -> ownContent.containsKey(s) ? Verdict.ALLOWED : Verdict.NOT_APPLICABLE,
                    s -> answered(http.call("GET", "/api/content/" + scenarios.submissionOf(ownContent.get(s).id()) + "/audit",
                            s.user(), null), 200, 404)));

            rows.add(new Row("tasks", "create a task of one's own POST /task/create",
                    s -> Verdict.of(s.granted(TASK, ANY, CREATE)),
                    s -> {
                        String id = "matrix-task-" + serial.incrementAndGet();
                        Outcome created = act(as(s, "POST", "/task/create", variables("id", id, "name", "Việc thử")));
                        if (created.allowed()) {
                            require(admin("DELETE", "/task/" + id, null), 204, "delete " + id);
                        }
                        return created;
                    }));
            reportRows(rows);
            deploymentRows(rows);
            decisionRows(rows);
            identityRows(rows);
            filterRows(rows);
            webappRows(rows);
            applicationRows(rows, content, feedback);
            return rows;
        }

        private void taskRows(List<Row> rows, Supply<TaskRef> supply, Map<String, Object> form) {
            String resource = supply.get().label();
            rows.add(new Row(resource, "read GET /task/{id}",
                    s -> Verdict.of(Rules.readTask(s, supply.get())),
                    s -> read(as(s, "GET", "/task/" + supply.get().id(), null))));
            rows.add(new Row(resource, "listed GET /task?processInstanceId=",
                    s -> Verdict.of(Rules.readTask(s, supply.get())),
                    s -> listed(as(s, "GET", "/task?processInstanceId=" + supply.get().processInstanceId(), null),
                            item -> item.path("id").asText().equals(supply.get().id()))));
            rows.add(new Row(resource, "read variables GET /task/{id}/variables",
                    s -> Verdict.of(Rules.readTask(s, supply.get())),
                    s -> read(as(s, "GET", "/task/" + supply.get().id() + "/variables", null))));
            // the REST API looks a task up in its history before its comments and attachments: without
            // READ_HISTORY on the process a task's own candidates get 404 there too
            rows.add(new Row(resource, "read comments GET /task/{id}/comment",
                    s -> Verdict.of(Rules.readTask(s, supply.get()) && Rules.readHistory(s, supply.get().processKey())),
                    s -> read(as(s, "GET", "/task/" + supply.get().id() + "/comment", null))));
            rows.add(new Row(resource, "read attachments GET /task/{id}/attachment",
                    s -> Verdict.of(Rules.readTask(s, supply.get()) && Rules.readHistory(s, supply.get().processKey())),
                    s -> read(as(s, "GET", "/task/" + supply.get().id() + "/attachment", null))));
            rows.add(new Row(resource, "add a comment POST /task/{id}/comment/create",
                    s -> Verdict.of(Rules.workTask(s, supply.get()) && Rules.readHistory(s, supply.get().processKey())),
                    s -> actUnlessHidden(as(s, "POST", "/task/" + supply.get().id() + "/comment/create",
                            variables("message", "Ghi chú của " + s.user())))));
            rows.add(new Row(resource, "write variables POST /task/{id}/variables",
                    s -> Verdict.of(Rules.writeVariables(s)),
                    s -> act(as(s, "POST", "/task/" + supply.get().id() + "/variables",
                            body("modifications", variables("matrixNote", value("ghi thẳng")))))));
            rows.add(new Row(resource, "hand to another POST /task/{id}/assignee",
                    s -> Verdict.of(Rules.assignTask(s, supply.get())),
                    s -> {
                        TaskRef task = supply.get();
                        Outcome assigned = act(as(s, "POST", "/task/" + task.id() + "/assignee", body("userId", target)));
                        if (assigned.allowed()) {
                            require(admin("POST", "/task/" + task.id() + "/assignee", body("userId", task.assignee())), 204,
                                    "give " + task.id() + " back");
                        }
                        return assigned;
                    }));
            rows.add(new Row(resource, "add a candidate group POST /task/{id}/identity-links",
                    s -> Verdict.of(Rules.assignTask(s, supply.get())),
                    s -> {
                        Map<String, Object> link = variables("groupId", otherAgency, "type", "candidate");
                        Outcome added = act(as(s, "POST", "/task/" + supply.get().id() + "/identity-links", link));
                        if (added.allowed()) {
                            require(admin("POST", "/task/" + supply.get().id() + "/identity-links/delete", link), 204,
                                    "remove the candidate group again");
                        }
                        return added;
                    }));
            rows.add(new Row(resource, "claim POST /task/{id}/claim",
                    // an administrator cannot claim what another holds either: not a question of rights
                    s -> s.administrator() && supply.get().assignee() != null ? Verdict.NOT_APPLICABLE
                            : Verdict.of(Rules.workTask(s, supply.get())),
                    s -> claimAndGiveBack(s, supply)));
            rows.add(new Row(resource, "complete POST /task/{id}/submit-form",
                    // who acts at a step is the process's own rule beyond the engine's: the candidates show it works
                    s -> s.administrator() ? Verdict.NOT_APPLICABLE : Verdict.of(Rules.workTask(s, supply.get())),
                    s -> {
                        Outcome done = act(as(s, "POST", "/task/" + supply.get().id() + "/submit-form", body("variables", form)));
                        if (done.allowed()) {
                            supply.usedUp();
                        }
                        return done;
                    }));
        }

        private Outcome claimAndGiveBack(Subject s, Supply<TaskRef> supply) {
            TaskRef task = supply.get();
            Outcome claimed = act(as(s, "POST", "/task/" + task.id() + "/claim", body("userId", s.user())));
            if (claimed.allowed() && as(s, "POST", "/task/" + task.id() + "/unclaim", null).status() != 204) {
                supply.usedUp();
            }
            return claimed;
        }

        private void instanceRows(List<Row> rows, InstanceRef instance, Supply<InstanceRef> disposable) {
            String resource = "instance " + instance.processKey();
            String id = instance.id();
            rows.add(new Row(resource, "read GET /process-instance/{id}",
                    s -> Verdict.of(Rules.readInstance(s, instance)),
                    s -> read(as(s, "GET", "/process-instance/" + id, null))));
            rows.add(new Row(resource, "listed GET /process-instance?processInstanceIds=",
                    s -> Verdict.of(Rules.readInstance(s, instance)),
                    s -> listed(as(s, "GET", "/process-instance?processInstanceIds=" + id, null),
                            item -> item.path("id").asText().equals(id))));
            rows.add(new Row(resource, "read variables GET /process-instance/{id}/variables",
                    s -> Verdict.of(Rules.readInstance(s, instance)),
                    s -> read(as(s, "GET", "/process-instance/" + id + "/variables", null))));
            rows.add(new Row(resource, "write variables POST /process-instance/{id}/variables",
                    s -> Verdict.of(Rules.writeVariables(s)),
                    s -> act(as(s, "POST", "/process-instance/" + id + "/variables",
                            body("modifications", variables("matrixNote", value("ghi thẳng")))))));
            rows.add(new Row(resource, "process variables GET /variable-instance?processInstanceIdIn=",
                    // task-local copies (itemTitle) follow the task's rights; the instance's own variables its rights
                    s -> Verdict.of(Rules.readInstance(s, instance)),
                    s -> listed(as(s, "GET", "/variable-instance?processInstanceIdIn=" + id, null),
                            item -> item.path("name").asText().equals(recordVariable(instance))
                                    && item.path("taskId").isNull())));
            rows.add(new Row(resource, "comments GET /process-instance/{id}/comment",
                    s -> Verdict.of(Rules.readInstance(s, instance) && Rules.readHistory(s, instance.processKey())),
                    s -> read(as(s, "GET", "/process-instance/" + id + "/comment", null))));
            rows.add(new Row(resource, "jobs GET /job?processInstanceId=",
                    s -> Verdict.of(Rules.readInstance(s, instance)),
                    s -> nonEmpty(as(s, "GET", "/job?processInstanceId=" + id, null))));
            rows.add(new Row(resource, "write variables as a batch POST /process-instance/variables-async",
                    s -> Verdict.of(Rules.writeVariables(s)),
                    s -> act(as(s, "POST", "/process-instance/variables-async", variables("processInstanceIds", List.of(id),
                            "variables", variables("matrixNote", value("ghi hàng loạt")))))));
            rows.add(new Row(resource, "suspend PUT /process-instance/{id}/suspended",
                    s -> Verdict.of(Rules.suspendInstance(s, instance)),
                    s -> {
                        Outcome suspended = act(as(s, "PUT", "/process-instance/" + id + "/suspended", body("suspended", true)));
                        if (suspended.allowed()) {
                            require(admin("PUT", "/process-instance/" + id + "/suspended", body("suspended", false)), 204,
                                    "activate " + id);
                        }
                        return suspended;
                    }));
            rows.add(new Row(resource, "cancel DELETE /process-instance/{id}",
                    s -> Verdict.of(Rules.cancelInstance(s, disposable.get())),
                    s -> {
                        Outcome cancelled = act(as(s, "DELETE", "/process-instance/" + disposable.get().id(), null));
                        if (cancelled.allowed()) {
                            disposable.usedUp();
                        }
                        return cancelled;
                    }));
            rows.add(new Row(resource, "cancel as a batch POST /process-instance/delete",
                    s -> Verdict.of(s.granted(BATCH, ANY, CREATE, BatchPermissions.CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES)),
                    s -> {
                        Outcome cancelled = act(as(s, "POST", "/process-instance/delete", variables(
                                "processInstanceIds", List.of(disposable.get().id()), "deleteReason", "thử")));
                        if (cancelled.allowed()) {
                            disposable.usedUp();
                        }
                        return cancelled;
                    }));
            rows.add(new Row(resource, "move tokens POST /process-instance/{id}/modification",
                    s -> Verdict.of(Rules.updateInstance(s, disposable.get())),
                    s -> {
                        Outcome moved = act(as(s, "POST", "/process-instance/" + disposable.get().id() + "/modification",
                                variables("instructions", List.of(variables("type", "startBeforeActivity",
                                        "activityId", firstTask(instance))))));
                        if (moved.allowed()) {
                            disposable.usedUp();
                        }
                        return moved;
                    }));
            rows.add(new Row(resource, "fire a timer early POST /job/{id}/execute",
                    s -> Verdict.of(Rules.updateInstance(s, disposable.get())),
                    s -> {
                        String job = admin("GET", "/job?processInstanceId=" + disposable.get().id(), null).json()
                                .path(0).path("id").asText();
                        Outcome fired = act(as(s, "POST", "/job/" + job + "/execute", null));
                        if (fired.allowed()) {
                            disposable.usedUp();
                        }
                        return fired;
                    }));
            rows.add(new Row(resource, "history GET /history/process-instance?processInstanceId=",
                    s -> Verdict.of(Rules.readHistory(s, instance.processKey())),
                    s -> listed(as(s, "GET", "/history/process-instance?processInstanceId=" + id, null),
                            item -> item.path("id").asText().equals(id))));
            rows.add(new Row(resource, "history GET /history/task?processInstanceId=",
                    s -> Verdict.of(Rules.readHistory(s, instance.processKey())),
                    s -> nonEmpty(as(s, "GET", "/history/task?processInstanceId=" + id, null))));
            rows.add(new Row(resource, "history GET /history/variable-instance?processInstanceId=",
                    s -> Verdict.of(Rules.readHistory(s, instance.processKey())),
                    s -> nonEmpty(as(s, "GET", "/history/variable-instance?processInstanceId=" + id, null))));
            rows.add(new Row(resource, "operation log GET /history/user-operation?processInstanceId=",
                    s -> Verdict.of(Rules.readHistory(s, instance.processKey())),
                    s -> nonEmpty(as(s, "GET", "/history/user-operation?processInstanceId=" + id, null))));
        }

        /** The variable binding an instance to its record: readable with the instance, never with a task only. */
        private String recordVariable(InstanceRef instance) {
            return instance.processKey().equals(CONTENT) ? "submissionId" : "feedbackId";
        }

        private String firstTask(InstanceRef instance) {
            return instance.processKey().equals(CONTENT) ? "vetSubmission" : "classifyFeedback";
        }

        private void definitionRows(List<Row> rows, String key, Function<Subject, Map<String, Object>> startForm) {
            String resource = "definition " + key;
            rows.add(new Row(resource, "read GET /process-definition/key/{key}",
                    s -> Verdict.of(Rules.readDefinition(s, key)),
                    s -> read(as(s, "GET", "/process-definition/key/" + key, null))));
            rows.add(new Row(resource, "start POST /process-definition/key/{key}/submit-form",
                    // who may start is also the process's own rule (the submitter's group): the starters show it works
                    s -> s.administrator() ? Verdict.NOT_APPLICABLE : Verdict.of(Rules.start(s, key)),
                    s -> {
                        Response started = as(s, "POST", "/process-definition/key/" + key + "/submit-form",
                                body("variables", startForm.apply(s)));
                        Outcome outcome = act(started);
                        if (outcome.allowed() && key.equals(CONTENT)) {
                            ownContent.put(s, new InstanceRef(started.json().path("id").asText(), key, s.user()));
                        }
                        return outcome;
                    }));
            // the statistics count every running instance of a definition one may read (the engine's
            // semantics of READ on a definition); which instances they are is not shown
            rows.add(new Row(resource, "statistics GET /process-definition/statistics",
                    s -> Verdict.of(Rules.readDefinition(s, key)),
                    s -> listed(as(s, "GET", "/process-definition/statistics", null),
                            item -> item.path("definition").path("key").asText().equals(key))));
        }

        private void reportRows(List<Row> rows) {
            rows.add(new Row("reports", "durations GET /history/process-instance/report",
                    s -> Verdict.of(Rules.readReports(s)),
                    s -> act(as(s, "GET", "/history/process-instance/report?reportType=duration&periodUnit=month", null))));
            rows.add(new Row("reports", "task counts GET /history/task/report",
                    s -> Verdict.of(Rules.readReports(s)),
                    s -> act(as(s, "GET", "/history/task/report?reportType=count&groupBy=processDefinition", null))));
        }

        private void deploymentRows(List<Row> rows) {
            Deployment probe = probeDeployment();
            Supply<Deployment> disposable = new Supply<>(this::probeDeployment);
            rows.add(new Row("deployments", "listed GET /deployment?id=",
                    s -> Verdict.of(s.granted(DEPLOYMENT, probe.id(), READ)),
                    s -> listed(as(s, "GET", "/deployment?id=" + probe.id(), null),
                            item -> item.path("id").asText().equals(probe.id()))));
            rows.add(new Row("deployments", "read GET /deployment/{id}",
                    s -> Verdict.of(s.granted(DEPLOYMENT, probe.id(), READ)),
                    s -> read(as(s, "GET", "/deployment/" + probe.id(), null))));
            rows.add(new Row("deployments", "create POST /deployment/create",
                    s -> Verdict.of(s.granted(DEPLOYMENT, ANY, CREATE)),
                    s -> {
                        Deployment made = deployment(s.user(), unique("matrix-probe-" + s.user()));
                        if (made.id() != null) {
                            admin("DELETE", "/deployment/" + made.id() + "?cascade=true", null);
                            return new Outcome(Verdict.ALLOWED, "200");
                        }
                        return act(http.deploy(s.user(), "matrix-probe", "matrix-probe.bpmn", "<refused/>"));
                    }));
            rows.add(new Row("deployments", "delete DELETE /deployment/{id}",
                    s -> Verdict.of(s.granted(DEPLOYMENT, disposable.get().id(), DELETE)),
                    s -> {
                        Outcome deleted = act(as(s, "DELETE", "/deployment/" + disposable.get().id(), null));
                        if (deleted.allowed()) {
                            disposable.usedUp();
                        }
                        return deleted;
                    }));
            Supply<Deployment> definitionToDelete = new Supply<>(this::probeDeployment);
            rows.add(new Row("definition matrixProbe", "delete DELETE /process-definition/{id}",
                    s -> Verdict.of(s.granted(PROCESS_DEFINITION, "matrixProbe", DELETE)),
                    s -> {
                        Outcome deleted = act(as(s, "DELETE", "/process-definition/" + definitionToDelete.get().definitionId(), null));
                        if (deleted.allowed()) {
                            definitionToDelete.usedUp();
                        }
                        return deleted;
                    }));
            rows.add(new Row("definition matrixProbe", "suspend PUT /process-definition/{id}/suspended",
                    s -> Verdict.of(Rules.suspendDefinition(s, "matrixProbe")),
                    s -> {
                        Outcome suspended = act(as(s, "PUT", "/process-definition/" + probe.definitionId() + "/suspended",
                                variables("suspended", true, "includeProcessInstances", false)));
                        if (suspended.allowed()) {
                            require(admin("PUT", "/process-definition/" + probe.definitionId() + "/suspended",
                                    variables("suspended", false, "includeProcessInstances", false)), 204, "activate definition");
                        }
                        return suspended;
                    }));
        }

        private void decisionRows(List<Row> rows) {
            Map<String, Object> inputs = body("variables", variables("contentType", value("news"), "field", value("economy")));
            // one evaluation through the engine, so that the decision has history to read
            require(admin("POST", "/decision-definition/key/" + DECISION + "/evaluate", inputs), 200, "evaluate " + DECISION);
            String resource = "decision " + DECISION;
            rows.add(new Row(resource, "read GET /decision-definition/key/{key}",
                    s -> Verdict.of(s.granted(DECISION_DEFINITION, DECISION, READ)),
                    s -> read(as(s, "GET", "/decision-definition/key/" + DECISION, null))));
            rows.add(new Row(resource, "evaluate POST /decision-definition/key/{key}/evaluate",
                    s -> Verdict.of(s.granted(DECISION_DEFINITION, DECISION, CREATE_INSTANCE)),
                    s -> act(as(s, "POST", "/decision-definition/key/" + DECISION + "/evaluate", inputs))));
            rows.add(new Row(resource, "history GET /history/decision-instance?decisionDefinitionKey=",
                    s -> Verdict.of(s.granted(DECISION_DEFINITION, DECISION, READ_HISTORY)),
                    s -> nonEmpty(as(s, "GET", "/history/decision-instance?decisionDefinitionKey=" + DECISION, null))));
        }

        private void identityRows(List<Row> rows) {
            String colleague = contentStarter;
            String group = chart.groups().stream().filter(g -> g.kind() == GroupKind.MANAGER).map(OrgChart.Group::id)
                    .findFirst().orElseThrow();
            String someAuthorization = admin("GET", "/authorization?groupIdIn=" + group + "&resourceType="
                    + APPLICATION.resourceType(), null).json().path(0).path("id").asText();
            rows.add(new Row("users", "read another GET /user?id=",
                    s -> Verdict.of(s.granted(USER, colleague, READ)),
                    s -> listed(as(s, "GET", "/user?id=" + colleague, null), item -> item.path("id").asText().equals(colleague))));
            rows.add(new Row("users", "create POST /user/create",
                    s -> Verdict.of(s.granted(USER, ANY, CREATE)),
                    s -> act(as(s, "POST", "/user/create", newUser("matrix-new-" + serial.incrementAndGet())))));
            rows.add(new Row("users", "modify another PUT /user/{id}/profile",
                    s -> Verdict.of(s.granted(USER, target, UPDATE)),
                    s -> act(as(s, "PUT", "/user/" + target + "/profile", variables("id", target, "firstName", "Đổi",
                            "lastName", "Tên", "email", target + "@example.vn")))));
            rows.add(new Row("users", "set another's password PUT /user/{id}/credentials",
                    s -> Verdict.of(s.granted(USER, target, UPDATE)),
                    s -> act(as(s, "PUT", "/user/" + target + "/credentials", variables("password", "Ma-tran-2468",
                            "authenticatedUserPassword", EngineHttp.PASSWORD)))));
            rows.add(new Row("groups", "read GET /group?id=",
                    s -> Verdict.of(s.granted(GROUP, group, READ)),
                    s -> listed(as(s, "GET", "/group?id=" + group, null), item -> item.path("id").asText().equals(group))));
            rows.add(new Row("groups", "create POST /group/create",
                    s -> Verdict.of(s.granted(GROUP, ANY, CREATE)),
                    s -> act(as(s, "POST", "/group/create", variables("id", "matrix-group-" + serial.incrementAndGet(),
                            "name", "Nhóm thử", "type", "MATRIX_PROBE")))));
            rows.add(new Row("groups", "add a member to camunda-admin PUT /group/{id}/members/{user}",
                    s -> Verdict.of(s.granted(GROUP_MEMBERSHIP, Groups.CAMUNDA_ADMIN, CREATE)),
                    s -> {
                        Outcome added = act(as(s, "PUT", "/group/" + Groups.CAMUNDA_ADMIN + "/members/" + target, null));
                        if (added.allowed()) {
                            require(admin("DELETE", "/group/" + Groups.CAMUNDA_ADMIN + "/members/" + target, null), 204,
                                    "remove " + target + " from camunda-admin");
                        }
                        return added;
                    }));
            rows.add(new Row("authorizations", "read GET /authorization?id=",
                    s -> Verdict.of(s.granted(AUTHORIZATION, someAuthorization, READ)),
                    s -> listed(as(s, "GET", "/authorization?id=" + someAuthorization, null),
                            item -> item.path("id").asText().equals(someAuthorization))));
            rows.add(new Row("authorizations", "create POST /authorization/create",
                    s -> Verdict.of(s.granted(AUTHORIZATION, ANY, CREATE)),
                    s -> {
                        Response created = as(s, "POST", "/authorization/create", variables("type", 1,
                                "permissions", List.of("READ"), "userId", s.user(), "resourceType", PROCESS_INSTANCE.resourceType(),
                                "resourceId", "matrix-probe-" + serial.incrementAndGet()));
                        Outcome outcome = act(created);
                        if (outcome.allowed()) {
                            require(admin("DELETE", "/authorization/" + created.json().path("id").asText(), null), 204,
                                    "delete the authorization made by " + s.user());
                        }
                        return outcome;
                    }));
        }

        private void filterRows(List<Row> rows) {
            String shared = StreamSupport.stream(admin("GET", "/filter", null).json().spliterator(), false)
                    .filter(f -> f.path("name").asText().equals("Việc của tôi")).map(f -> f.path("id").asText())
                    .findFirst().orElseThrow();
            rows.add(new Row("filters", "read a shared filter GET /filter?filterId=",
                    // TasklistFilters grants every user READ on the filters it seeds (a global grant)
                    s -> Verdict.ALLOWED,
                    s -> listed(as(s, "GET", "/filter?filterId=" + shared, null), item -> item.path("id").asText().equals(shared))));
            rows.add(new Row("filters", "create POST /filter/create",
                    s -> Verdict.of(s.granted(FILTER, ANY, CREATE)),
                    s -> {
                        Response created = as(s, "POST", "/filter/create", variables("resourceType", "Task",
                                "name", unique("Bộ lọc thử"), "owner", s.user(), "query", Map.of(), "properties", Map.of()));
                        Outcome outcome = act(created);
                        if (outcome.allowed()) {
                            require(admin("DELETE", "/filter/" + created.json().path("id").asText(), null), 204,
                                    "delete the filter made by " + s.user());
                        }
                        return outcome;
                    }));
        }

        private void webappRows(List<Row> rows) {
            for (String application : List.of("tasklist", "cockpit", "admin")) {
                rows.add(new Row("webapp " + application, "sign in",
                        s -> Verdict.of(s.granted(APPLICATION, application, ACCESS)),
                        s -> answered(http.webapp(application, s.user()).login(), 200, 403)));
            }
        }

        private void applicationRows(List<Row> rows, InstanceRef content, InstanceRef feedback) {
            long submission = scenarios.submissionOf(content.id());
            String trackingCode = scenarios.trackingCodeOf(feedback.id());
            rows.add(new Row("content audit trail (another's)", "GET /api/content/{id}/audit",
                    s -> Verdict.of(s.ofKind(AuthorizationTable.AUDIT_READERS)),
                    // another's trail answers as an unknown id does
                    s -> answered(http.call("GET", "/api/content/" + submission + "/audit", s.user(), null), 200, 404)));
            rows.add(new Row("feedback audit trail", "GET /api/feedback/{code}/audit",
                    s -> Verdict.of(s.ofKind(AuthorizationTable.AUDIT_READERS)),
                    s -> answered(http.call("GET", "/api/feedback/" + trackingCode + "/audit", s.user(), null), 200, 403)));
            rows.add(new Row("feedback audit trail", "the sender's contact details in it",
                    s -> Verdict.of(s.ofKind(AuthorizationTable.AUDIT_READERS)
                            && s.kinds().stream().anyMatch(AuthorizationTable.SENDER_CONTACT_READERS::contains)),
                    s -> {
                        Response trail = http.call("GET", "/api/feedback/" + trackingCode + "/audit", s.user(), null);
                        Outcome outcome = answered(trail, 200, 403);
                        if (outcome.allowed() && !trail.json().path("sender").isObject()) {
                            return new Outcome(Verdict.REFUSED, "200 without the sender");
                        }
                        return outcome;
                    }));
            rows.add(new Row("metrics", "GET /actuator/prometheus",
                    s -> Verdict.of(s.ofKind(AuthorizationTable.METRICS_READERS)),
                    s -> answered(http.read("/actuator/prometheus", s.user(), "text/plain"), 200, 403)));
            // the engine counts the same work (instances started, jobs run, decisions, task workers)
            rows.add(new Row("metrics", "engine sum GET /engine-rest/metrics/{name}/sum",
                    s -> Verdict.of(s.ofKind(AuthorizationTable.METRICS_READERS)),
                    s -> answered(as(s, "GET", "/metrics/activity-instance-start/sum", null), 200, 403)));
            rows.add(new Row("metrics", "engine intervals GET /engine-rest/metrics",
                    s -> Verdict.of(s.ofKind(AuthorizationTable.METRICS_READERS)),
                    s -> answered(as(s, "GET", "/metrics?name=activity-instance-start", null), 200, 403)));
            rows.add(new Row("metrics", "engine sum through a Tasklist session",
                    s -> Verdict.of(s.ofKind(AuthorizationTable.METRICS_READERS)),
                    s -> tasklist(s).map(w -> answered(w.engine("GET", "/metrics/activity-instance-start/sum", null), 200, 403))
                            .orElse(new Outcome(Verdict.REFUSED, "no Tasklist access"))));
        }

        // --- calls -------------------------------------------------------------------------------

        private Response as(Subject s, String method, String path, Object body) {
            return http.rest(method, path, s.user(), body);
        }

        private Response admin(String method, String path, Object body) {
            return http.rest(method, path, ADMIN, body);
        }

        private Optional<Webapp> tasklist(Subject s) {
            Webapp session = tasklistSessions.computeIfAbsent(s, x -> http.webapp("tasklist", x.user()));
            return session.login().status() == 200 ? Optional.of(session) : Optional.empty();
        }

        private void require(Response response, int status, String what) {
            if (response.status() != status) {
                throw new IllegalStateException("set-up: " + what + " answered " + response);
            }
        }
    }

    private static Map<String, Object> answerForm(String text) {
        return variables("agencyResponse", value("answer"), "agencyAnswer", value(text));
    }

    private static Map<String, Object> newUser(String id) {
        return variables("profile", variables("id", id, "firstName", "Người", "lastName", "Thử", "email", id + "@example.vn"),
                "credentials", variables("password", "Ma-tran-1357"));
    }

    // --- reading the answers ---------------------------------------------------------------------

    /** A read by id: 200, or not visible — 403, or 404 as for an id that does not exist. */
    static Outcome read(Response r) {
        if (r.status() == 200) {
            return new Outcome(Verdict.ALLOWED, "200");
        }
        return r.status() == 403 || r.status() == 404 ? new Outcome(Verdict.REFUSED, String.valueOf(r.status())) : unexpected(r);
    }

    /** An action: any success; refused with 403, or with 404 where the person may not even see the target. */
    static Outcome act(Response r) {
        if (r.status() >= 200 && r.status() < 300) {
            return new Outcome(Verdict.ALLOWED, String.valueOf(r.status()));
        }
        return r.status() == 403 || r.status() == 404 ? new Outcome(Verdict.REFUSED, String.valueOf(r.status())) : unexpected(r);
    }

    /**
     * Adding a comment: the REST API looks the task up in the history the person may read first and
     * answers a task not found there with 400 ("No task found"); it answers every refusal of the engine
     * with 400 too ("Not enough parameters submitted"). Both are refusals, as 403 and 404 are; the
     * request itself is valid, as the allowed cells show.
     */
    static Outcome actUnlessHidden(Response r) {
        if (r.status() == 400 && (r.message().startsWith("No task found") || r.message().equals("Not enough parameters submitted"))) {
            return new Outcome(Verdict.REFUSED, "400 " + r.message());
        }
        return act(r);
    }

    /** An answer of the application's own, which says exactly how it allows and how it refuses. */
    static Outcome answered(Response r, int allowed, int refused) {
        if (r.status() == allowed) {
            return new Outcome(Verdict.ALLOWED, String.valueOf(allowed));
        }
        return r.status() == refused ? new Outcome(Verdict.REFUSED, String.valueOf(refused)) : unexpected(r);
    }

    /** A list the engine filters by what the person may see: the item is in it, or not (or the list is refused). */
    static Outcome listed(Response r, Predicate<JsonNode> item) {
        if (r.status() == 200 && r.json().isArray()) {
            boolean present = StreamSupport.stream(r.json().spliterator(), false).anyMatch(item);
            return new Outcome(present ? Verdict.ALLOWED : Verdict.REFUSED, present ? "listed" : "not in the list");
        }
        return r.status() == 403 ? new Outcome(Verdict.REFUSED, "403") : unexpected(r);
    }

    /** History of one thing, filtered by the engine: entries, or none to be seen (or refused). */
    static Outcome nonEmpty(Response r) {
        if (r.status() == 200 && r.json().isArray()) {
            int size = r.json().size();
            return new Outcome(size > 0 ? Verdict.ALLOWED : Verdict.REFUSED, size + " entries");
        }
        return r.status() == 403 ? new Outcome(Verdict.REFUSED, "403") : unexpected(r);
    }

    private static Outcome unexpected(Response r) {
        String message = r.message().isEmpty() ? r.text() : r.message();
        message = message == null ? "" : message.replaceAll("\\s+", " ");
        return new Outcome(Verdict.UNEXPECTED, r.status() + (message.isEmpty() ? ""
                : " " + (message.length() > 120 ? message.substring(0, 120) + "…" : message)));
    }

    // --- the printed table -----------------------------------------------------------------------

    private static String table(List<Row> rows, List<Subject> subjects, Map<Row, Map<Subject, Cell>> cells) {
        int first = rows.stream().mapToInt(r -> (r.resource() + " · " + r.action()).length()).max().orElse(10);
        List<Integer> widths = subjects.stream()
                .map(s -> Math.max(6, Math.max(s.column().length(), s.user().length())) + 1).toList();
        StringBuilder out = new StringBuilder("\nAuthorization matrix (yes = allowed, no = refused: 403, 404 or not in the "
                + "list, - = not applicable, ! = not what AuthorizationTable says, a number = an unexpected HTTP status)\n");
        out.append(pad("", first));
        for (int i = 0; i < subjects.size(); i++) {
            out.append(' ').append(pad(subjects.get(i).column(), widths.get(i)));
        }
        out.append('\n').append(pad("", first));
        for (int i = 0; i < subjects.size(); i++) {
            out.append(' ').append(pad(subjects.get(i).user(), widths.get(i)));
        }
        out.append('\n');
        for (Row row : rows) {
            out.append(pad(row.resource() + " · " + row.action(), first));
            for (int i = 0; i < subjects.size(); i++) {
                Cell cell = cells.get(row).get(subjects.get(i));
                String mark = switch (cell.actual().verdict()) {
                    case ALLOWED -> "yes";
                    case REFUSED -> "no";
                    case NOT_APPLICABLE -> "-";
                    case UNEXPECTED -> cell.actual().detail().split(" ")[0];
                };
                out.append(' ').append(pad(mark + (cell.matches() ? "" : "!"), widths.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
