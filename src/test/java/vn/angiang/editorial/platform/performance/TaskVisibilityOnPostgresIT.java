package vn.angiang.editorial.platform.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/**
 * Who sees which task, through the task query the application registers on PostgreSQL
 * ({@link TaskQueryAuthorization}): the same rule as the engine's — a candidate group sees its tasks,
 * nobody else's; grants on a task, on a process definition or on every task; revocations.
 */
@SpringBootTest
class TaskVisibilityOnPostgresIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, "task_visibility_test");
    }

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired FilterService filters;
    @Autowired JdbcTemplate jdbc;

    /** a group of this test alone: the demo sample work puts tasks into the real groups' inboxes */
    private static final String REVIEWERS = "visibility-reviewers";

    private String key;
    private Task itCenterEarly;
    private Task itCenterLate;
    private Task health;

    @BeforeEach
    void openTasks() {
        key = "visibility" + System.nanoTime();
        repository.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                        .camundaHistoryTimeToLive(1)
                        .startEvent().userTask("handle").camundaCandidateGroups("${group}").camundaDueDate("${due}")
                        .endEvent().done())
                .deploy();
        itCenterLate = start(REVIEWERS, 3);
        itCenterEarly = start(REVIEWERS, 1);
        health = start("agency-health", 2);
    }

    @AfterEach
    void clear() {
        identity.clearAuthentication();
        repository.createDeploymentQuery().list().stream()
                .filter(d -> repository.createProcessDefinitionQuery().deploymentId(d.getId()).processDefinitionKey(key).count() > 0)
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
        authorizations.createAuthorizationQuery().resourceType(Resources.TASK).list().stream()
                .filter(a -> a.getUserId() != null && !"*".equals(a.getUserId()))
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }

    @Test
    void theApplicationsTaskQueryIsTheOneInUse() {
        var statements = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbSqlSessionFactory();
        assertThat(statements.mapStatement("selectTaskByQueryCriteria"))
                .isEqualTo(TaskQueryMapping.NAMESPACE + ".selectTaskByQueryCriteria");
        assertThat(statements.mapStatement("selectTaskCountByQueryCriteria"))
                .isEqualTo(TaskQueryMapping.NAMESPACE + ".selectTaskCountByQueryCriteria");
    }

    @Test
    void theGroupsHoldingAuthorizationsAreTheEnginesAnswer() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getDbSqlSessionFactory().mapStatement(AuthorizedGroupIds.STATEMENT))
                .isEqualTo(AuthorizedGroupIds.NAMESPACE + "." + AuthorizedGroupIds.STATEMENT);
        List<Object> answered = configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getDbEntityManager().selectList(AuthorizedGroupIds.STATEMENT));
        assertThat(answered).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "SELECT DISTINCT group_id_ FROM act_ru_authorization WHERE group_id_ IS NOT NULL", Object.class));
        assertThat(answered).contains(REVIEWERS, "agency-health");
    }

    @Test
    void theApplicationsSessionsPlanForCachedTables() {
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
        assertThat(jdbc.queryForObject("show max_parallel_workers_per_gather", String.class)).isEqualTo("0");
    }

    @Test
    void aCandidateGroupSeesItsTasksAndNoOtherGroupsTasks() {
        assertThat(visibleTo("ttth.an", REVIEWERS)).containsExactlyInAnyOrder(itCenterEarly.getId(), itCenterLate.getId());
        assertThat(countFor("ttth.an", REVIEWERS)).isEqualTo(2);
        assertThat(visibleTo("syt.vanthu", "agency-health")).containsExactly(health.getId());
        assertThat(visibleTo("sgd.vanthu", "agency-education")).isEmpty();
        assertThat(countFor("sgd.vanthu", "agency-education")).isZero();
    }

    @Test
    void oversightReadsEveryTaskThroughItsGrantsOnAllTasksAndDefinitions() {
        assertThat(visibleTo("quanly", "managers")).contains(itCenterEarly.getId(), itCenterLate.getId(), health.getId());
    }

    @Test
    void aGrantToOneUserOnOneTaskShowsThatTaskOnly() {
        grant(Authorization.AUTH_TYPE_GRANT, "ctv.lan", Resources.TASK, health.getId(), Permissions.READ);
        assertThat(visibleTo("ctv.lan", "collaborators")).containsExactly(health.getId());
    }

    @Test
    void readTaskOnAProcessDefinitionShowsAllItsTasks() {
        Authorization definition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        definition.setGroupId("collaborators");
        definition.setResource(Resources.PROCESS_DEFINITION);
        definition.setResourceId(key);
        definition.addPermission(Permissions.READ_TASK);
        authorizations.saveAuthorization(definition);
        try {
            assertThat(visibleTo("ctv.lan", "collaborators"))
                    .containsExactlyInAnyOrder(itCenterEarly.getId(), itCenterLate.getId(), health.getId());
        } finally {
            authorizations.deleteAuthorization(definition.getId());
        }
    }

    @Test
    void aRevocationHidesATaskFromAUserOfTheCandidateGroup() {
        grant(Authorization.AUTH_TYPE_REVOKE, "ttth.binh", Resources.TASK, itCenterLate.getId(), Permissions.READ);
        assertThat(visibleTo("ttth.binh", REVIEWERS)).containsExactly(itCenterEarly.getId());
        assertThat(visibleTo("ttth.an", REVIEWERS)).containsExactlyInAnyOrder(itCenterEarly.getId(), itCenterLate.getId());
    }

    @Test
    void theTasklistFilterOfTheGroupListsItsUnclaimedTasksByDueDate() {
        String filterId = filters.createFilterQuery().filterName("Việc chưa nhận của nhóm tôi").singleResult().getId();
        identity.setAuthentication("ttth.an", List.of(REVIEWERS));
        List<Task> inbox = filters.list(filterId);
        assertThat(inbox).extracting(Task::getId).containsExactly(itCenterEarly.getId(), itCenterLate.getId());
        assertThat(filters.count(filterId)).isEqualTo(2);

        tasks.claim(itCenterEarly.getId(), "ttth.an");
        List<Task> afterClaim = filters.list(filterId);
        assertThat(afterClaim).extracting(Task::getId).containsExactly(itCenterLate.getId());
    }

    private Task start(String group, int daysAhead) {
        Date due = new Date(System.currentTimeMillis() + daysAhead * 86_400_000L);
        String instance = runtime.startProcessInstanceByKey(key, Map.of("group", group, "due", due)).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    private Set<String> visibleTo(String user, String group) {
        identity.setAuthentication(user, List.of(group));
        try {
            return tasks.createTaskQuery().processDefinitionKey(key).list().stream().map(Task::getId)
                    .collect(Collectors.toSet());
        } finally {
            identity.clearAuthentication();
        }
    }

    private long countFor(String user, String group) {
        identity.setAuthentication(user, List.of(group));
        try {
            return tasks.createTaskQuery().processDefinitionKey(key).count();
        } finally {
            identity.clearAuthentication();
        }
    }

    private void grant(int type, String user, Resources resource, String resourceId, Permissions permission) {
        Authorization authorization = authorizations.createNewAuthorization(type);
        authorization.setUserId(user);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        if (type == Authorization.AUTH_TYPE_REVOKE) {
            authorization.removePermission(permission);
        } else {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
