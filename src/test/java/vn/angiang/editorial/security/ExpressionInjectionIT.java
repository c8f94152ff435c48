package vn.angiang.editorial.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.angiang.editorial.support.SharedApplicationOnPostgres;

/**
 * A signed-in user tries every door through which a task query reaches the engine, carrying an
 * expression that would create a table through the {@code jdbcClient} bean if it were ever evaluated.
 * The table must never exist, and every attempt must be refused as a bad request.
 */
@SharedApplicationOnPostgres
class ExpressionInjectionIT {

    private static final String PROBE_TABLE = "expression_probe";
    /** Creates {@link #PROBE_TABLE} when evaluated with access to the application's beans. */
    private static final String PROBE = "${jdbcClient.sql('create table " + PROBE_TABLE + " (x int)').update()}";
    /** The same expression with its dollar sign as a JSON unicode escape. */
    private static final String PROBE_JSON_ESCAPED = "\\u0024{jdbcClient.sql('create table " + PROBE_TABLE + " (x int)').update()}";
    private static final String UNASSIGNED_FILTER = "Việc chưa nhận của nhóm tôi";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired FilterService filters;
    @Autowired TaskService tasks;
    @Autowired AuthorizationService authorizations;
    @Autowired IdentityService identity;
    @Autowired ProcessEngineConfiguration engineConfiguration;

    private WebSession collaborator;

    @BeforeEach
    void signIn() {
        collaborator = WebSession.basic(port, "ctv.lan");
    }

    @AfterEach
    void theProbeNeverRan() {
        assertThat(jdbc.queryForObject("select to_regclass(?) is null", Boolean.class, PROBE_TABLE))
                .as("an expression of a query was evaluated with access to the application's beans").isTrue();
    }

    @Test
    void queryStringOfTheRestApi() {
        refused(collaborator.get("/engine-rest/task?assigneeExpression=" + URLEncoder.encode(PROBE, StandardCharsets.UTF_8)));
        refused(collaborator.get("/engine-rest/task/count?candidateGroupsExpression=" + URLEncoder.encode(PROBE, StandardCharsets.UTF_8)));
    }

    @Test
    void jsonBodyAndItsOrQueries() {
        refused(collaborator.postJson("/engine-rest/task", "{\"assigneeExpression\":\"" + PROBE + "\"}"));
        refused(collaborator.postJson("/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}"));
        refused(collaborator.postJson("/engine-rest/task/count", "{\"orQueries\":[{\"dueBeforeExpression\":\"" + PROBE + "\"}]}"));
    }

    @Test
    void ordinaryQueriesAndHistoryStillWork() {
        assertThat(collaborator.postJson("/engine-rest/task", "{\"orQueries\":[{\"assignee\":\"ttth.an\"}]}").statusCode())
                .isEqualTo(200);
        // history queries have no expression fields: the text is an unknown field, never evaluated
        HttpResponse<String> history = collaborator.postJson("/engine-rest/history/task/count",
                "{\"taskAssigneeExpression\":\"" + PROBE + "\"}");
        assertThat(history.statusCode()).isEqualTo(200);
    }

    @Test
    void unicodeEscapedJson() {
        refused(collaborator.postJson("/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE_JSON_ESCAPED + "\"}]}"));
        refused(collaborator.postJson("/engine-rest/task/count", "{\"assigneeExpression\":\"" + PROBE_JSON_ESCAPED + "\"}"));
    }

    @Test
    void bodyInAnotherCharset() {
        byte[] utf16 = ("{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}").getBytes(StandardCharsets.UTF_16);
        refused(collaborator.postBytes("/engine-rest/task", "application/json; charset=UTF-16", utf16));
        refused(collaborator.postBytes("/engine-rest/task/count", "application/json", utf16));
    }

    @Test
    void pathVariants() {
        String body = "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}";
        refused(collaborator.postJson("/engine-rest/task/", body));
        refused(collaborator.postJson("/engine-rest/task;probe=1", body));
        refused(collaborator.postJson("/engine-rest/task/count/", body));
        assertThat(collaborator.postJson("/engine-rest//task", body).statusCode()).as("no resource there").isEqualTo(404);
        refused(collaborator.postJson("/engine-rest/engine/default/task", body));
    }

    @Test
    void queryAddedToAStoredFilter() {
        String filter = filterId(UNASSIGNED_FILTER);
        String body = "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}";
        refused(collaborator.postJson("/engine-rest/filter/" + filter + "/list", body));
        refused(collaborator.postJson("/engine-rest/filter/" + filter + "/count", body));
        // the REST API answers every failure of singleResult with its own message
        assertThat(collaborator.postJson("/engine-rest/filter/" + filter + "/singleResult",
                "{\"assigneeExpression\":\"" + PROBE + "\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void webappsOwnEngineApiWithASessionAndItsCsrfToken() {
        WebSession tasklist = WebSession.tasklist(port, "ctv.lan");
        String filter = filterId(UNASSIGNED_FILTER);
        String body = "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}";
        assertThat(tasklist.postJson("/camunda/api/engine/engine/default/filter/" + filter + "/count", "{}").statusCode())
                .as("the session and its CSRF token work").isEqualTo(200);
        refused(tasklist.postJson("/camunda/api/engine/engine/default/task", body));
        refused(tasklist.postJson("/camunda/api/engine/engine/default/task/count", "{\"assigneeExpression\":\"" + PROBE_JSON_ESCAPED + "\"}"));
        refused(tasklist.postJson("/camunda/api/engine/engine/default/filter/" + filter + "/list?firstResult=0&maxResults=15", body));
    }

    @Test
    void storedFiltersHoldOnlyTheExpressionsTasklistNeeds() {
        grantFilterCreation("ctv.lan");
        try {
            refused(collaborator.postJson("/engine-rest/filter/create", filterJson("assigneeExpression", PROBE)));
            refused(collaborator.postJson("/engine-rest/filter/create", "{\"resourceType\":\"Task\",\"name\":\"Bộ lọc thử\","
                    + "\"query\":{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE_JSON_ESCAPED + "\"}]}}"));
            refused(collaborator.postJson("/engine-rest/filter/create", filterJson("dueBeforeExpression", "${now().getClass()}")));
            refused(collaborator.postJson("/engine-rest/filter/create", filterJson("assigneeExpression", "${currentUser()}${jdbcClient}")));

            HttpResponse<String> own = collaborator.postJson("/engine-rest/filter/create",
                    filterJson("dueBeforeExpression", "${ dateTime().plusDays(3).withTimeAtStartOfDay() }"));
            assertThat(own.statusCode()).as(own.headers().map() + own.body()).isEqualTo(200);
            String ownId = own.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
            assertThat(collaborator.get("/engine-rest/filter/" + ownId + "/count").statusCode()).isEqualTo(200);
        } finally {
            revokeFilterCreation("ctv.lan");
        }
        // not even an administrator may store one: every reader of the filter would evaluate it
        refused(WebSession.basic(port, "demo").postJson("/engine-rest/filter/create", filterJson("ownerExpression", PROBE)));
    }

    @Test
    void aStoredFilterThatGotAnExpressionAnotherWayStillReachesNoBean() {
        Filter filter = filters.newTaskFilter("Bộ lọc sửa thẳng trong cơ sở dữ liệu")
                .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        filters.saveFilter(filter);
        jdbc.update("update act_ru_filter set query_ = replace(query_, '${currentUser()}', ?) where id_ = ?",
                PROBE, filter.getId());
        assertThat(jdbc.queryForObject("select query_ from act_ru_filter where id_ = ?", String.class, filter.getId()))
                .contains("jdbcClient");

        HttpResponse<String> run = WebSession.basic(port, "demo").get("/engine-rest/filter/" + filter.getId() + "/list");
        assertThat(run.statusCode()).isNotEqualTo(200);
        assertThat(run.body()).doesNotContain("at org.", "at java.");
    }

    @Test
    void queryExpressionsAreEvaluatedWithTheFunctionsOfFiltersAndNothingElse() {
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) engineConfiguration;
        identity.setAuthentication("ctv.lan", List.of("collaborators"));
        try {
            assertThat(evaluateAsAQuery(engine, "${currentUser()}")).isEqualTo("ctv.lan");
            assertThat(evaluateAsAQuery(engine, "${currentUserGroups()}")).isEqualTo(List.of("collaborators"));
            assertThat(evaluateAsAQuery(engine, "${dateTime().minusWeeks(1).withTimeAtStartOfDay().toDate()}")).isInstanceOf(Date.class);
            assertThat(evaluateAsAQuery(engine, "${now()}")).isInstanceOf(Date.class);
            for (String reachingOut : List.of(PROBE, "${jdbcClient}", "${now().getClass()}", "${dateTime().getClass()}",
                    "${currentUser().getClass().forName('java.lang.Runtime')}", "${processEngine}", "${execution}")) {
                assertThatThrownBy(() -> evaluateAsAQuery(engine, reachingOut)).as(reachingOut).isNotNull();
            }
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Object evaluateAsAQuery(ProcessEngineConfigurationImpl engine, String expression) {
        // a query's expression is the only one the engine evaluates without a variable scope
        return engine.getCommandExecutorTxRequired().execute(context ->
                engine.getExpressionManager().createExpression(expression).getValue(null));
    }

    private static void refused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " → " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains("biểu thức");
    }

    private static String filterJson(String field, String expression) {
        return "{\"resourceType\":\"Task\",\"name\":\"Bộ lọc thử\",\"owner\":\"ctv.lan\",\"query\":{\"" + field + "\":\"" + expression + "\"}}";
    }

    private String filterId(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    private void grantFilterCreation(String userId) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(Resources.FILTER);
        grant.setResourceId("*");
        grant.addPermission(Permissions.CREATE);
        authorizations.saveAuthorization(grant);
    }

    private void revokeFilterCreation(String userId) {
        authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.FILTER).list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }
}
