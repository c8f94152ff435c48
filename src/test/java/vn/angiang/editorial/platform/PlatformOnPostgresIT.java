package vn.angiang.editorial.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.angiang.editorial.Application;
import vn.angiang.editorial.support.EmbeddedPostgresSupport;

/** Boots the whole application on a real PostgreSQL, as a province would run it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability // tests switch metrics export off unless asked
class PlatformOnPostgresIT {

    private static final String DATABASE = "platform_test";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.useDatabase(registry, DATABASE);
    }

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired FilterService filters;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;

    @Test
    void engineAndDomainSchemasExistOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(tableExists("act_ru_task")).isTrue();
        assertThat(tableExists("act_hi_procinst")).isTrue();
        assertThat(tableExists("editorial_schema_history")).isTrue();
    }

    @Test
    void restRequiresAuthenticationAndAuthorization() {
        assertThat(get("/engine-rest/task", null, null).getStatusCode().value()).isEqualTo(401);

        // a user that exists only for this check: a wrong password throttles the user's next logins
        User probe = identity.newUser("wrong.password.probe");
        probe.setPassword("correct-horse");
        identity.saveUser(probe);
        assertThat(get("/engine-rest/task", "wrong.password.probe", "not-the-password").getStatusCode().value()).isEqualTo(401);

        assertThat(get("/engine-rest/task", "ttth.an", "demo").getStatusCode().value()).isEqualTo(200);
        assertThat(get("/engine-rest/authorization", "ttth.an", "demo").getStatusCode().value()).isEqualTo(200);
        assertThat(get("/engine-rest/engine", null, null).getStatusCode().value())
                .as("the list of engines is open by design").isEqualTo(200);
    }

    @Test
    void onlyProcessOwnersDeployThroughRest() {
        assertThat(deploy("ctv.lan").getStatusCode().value()).isEqualTo(403);
        assertThat(deploy("ttth.an").getStatusCode().value()).isEqualTo(403);
        assertThat(deploy("quytrinh").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void orgChartIsSeeded() {
        assertThat(identity.createGroupQuery().groupId("board-head").singleResult().getName()).isEqualTo("Trưởng Ban Biên tập (Giám đốc Sở)");
        assertThat(identity.createGroupQuery().groupIdIn("it-center", "member-economy", "agency-health", "commune-long-xuyen", "collaborators").count())
                .isEqualTo(5);
        assertThat(identity.createUserQuery().memberOfGroup("it-center").list()).extracting(User::getId)
                .containsExactlyInAnyOrder("ttth.an", "ttth.binh");
        assertThat(identity.checkPassword("truongban", "demo")).isTrue();
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("demo").count()).isEqualTo(1);
    }

    @Test
    void authorizationsFollowTheTable() {
        assertThat(authorizations.isUserAuthorized("quytrinh", List.of("process-owners"), Permissions.CREATE, Resources.DEPLOYMENT)).isTrue();
        assertThat(authorizations.isUserAuthorized("ttth.an", List.of("it-center"), Permissions.CREATE, Resources.DEPLOYMENT)).isFalse();
        assertThat(authorizations.isUserAuthorized("quanly", List.of("managers"), Permissions.READ, Resources.PROCESS_INSTANCE, "any-instance")).isTrue();
        assertThat(authorizations.isUserAuthorized("syt.vanthu", List.of("agency-health"), Permissions.READ, Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
        assertThat(authorizations.isUserAuthorized("ctv.lan", List.of("collaborators"), Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "content-approval")).isTrue();
    }

    @Test
    void everyoneFindsTheSeededFiltersSortedByDueDate() {
        ResponseEntity<String> seen = get("/engine-rest/filter", "syt.vanthu", "demo");
        assertThat(seen.getStatusCode().value()).isEqualTo(200);
        assertThat(seen.getBody()).contains("Việc của tôi", "Việc chưa nhận của nhóm tôi", "Việc quá hạn")
                .contains("\"sortBy\":\"dueDate\"");
    }

    @Test
    void anAgencySeesNoTaskRoutedToAnotherAgency() {
        BpmnModelInstance routedToHealth = Bpmn.createExecutableProcess("platformTestRouting")
                .camundaHistoryTimeToLive(1)
                .startEvent().userTask("answer").camundaCandidateGroups("agency-health").endEvent().done();
        repository.createDeployment().addModelInstance("routing.bpmn", routedToHealth).deploy();
        runtime.startProcessInstanceByKey("platformTestRouting");

        String healthFilter = filterId("Việc chưa nhận của nhóm tôi");
        assertThat(get("/engine-rest/filter/" + healthFilter + "/count", "syt.vanthu", "demo").getBody()).contains("\"count\":1");
        assertThat(get("/engine-rest/filter/" + healthFilter + "/count", "sgd.vanthu", "demo").getBody()).contains("\"count\":0");
        assertThat(get("/engine-rest/task/count", "sgd.vanthu", "demo").getBody()).contains("\"count\":0");
    }

    @Test
    void whoeverStartsAnInstanceMayReadIt() {
        BpmnModelInstance trivial = Bpmn.createExecutableProcess("platformTestStarter")
                .camundaHistoryTimeToLive(1).startEvent().userTask("wait").endEvent().done();
        repository.createDeployment().addModelInstance("starter.bpmn", trivial).deploy();
        var mayStart = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        mayStart.setUserId("ctv.lan");
        mayStart.setResource(Resources.PROCESS_DEFINITION);
        mayStart.setResourceId("platformTestStarter");
        mayStart.addPermission(Permissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(mayStart);
        identity.setAuthentication("ctv.lan", List.of("collaborators"));
        String instanceId;
        try {
            instanceId = runtime.startProcessInstanceByKey("platformTestStarter").getId();
        } finally {
            identity.clearAuthentication();
        }
        assertThat(authorizations.isUserAuthorized("ctv.lan", List.of("collaborators"), Permissions.READ, Resources.PROCESS_INSTANCE, instanceId)).isTrue();
        assertThat(authorizations.isUserAuthorized("ctv.minh", List.of("collaborators"), Permissions.READ, Resources.PROCESS_INSTANCE, instanceId)).isFalse();
    }

    @Test
    void operationsEndpointsReportEngineAndMetrics() {
        ResponseEntity<String> health = get("/actuator/health", null, null);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody()).contains("\"status\":\"UP\"", "\"db\"", "\"processEngine\"", "\"jobExecutor\"");
        assertThat(get("/actuator/prometheus", null, null).getStatusCode().value())
                .as("metrics are for managers and administrators").isEqualTo(401);
        assertThat(get("/actuator/prometheus", "ctv.lan", "demo").getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> metrics = get("/actuator/prometheus", "quanly", "demo");
        assertThat(metrics.getStatusCode().value()).isEqualTo(200);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
    }

    @Test
    void aSecondBootSeedsNothingTwice() {
        Map<String, Long> before = seededRowCounts();
        String url = EmbeddedPostgresSupport.jdbcUrl(DATABASE);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "spring.datasource.url=" + url,
                        "spring.datasource.username=postgres", "spring.datasource.password=postgres",
                        "camunda.bpm.job-execution.enabled=false",
                        // its own engine name: closing it must not unregister this test's engine
                        "camunda.bpm.process-engine-name=secondBoot")
                .run()) {
            assertThat(second.isRunning()).isTrue();
        }
        assertThat(seededRowCounts()).isEqualTo(before);
    }

    private Map<String, Long> seededRowCounts() {
        return Map.of(
                "groups", count("act_id_group"),
                "users", count("act_id_user"),
                "memberships", count("act_id_membership"),
                "authorizations", count("act_ru_authorization"),
                "filters", count("act_ru_filter"));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private boolean tableExists(String table) {
        return jdbc.queryForObject("select count(*) from information_schema.tables where table_name = ?", Long.class, table) == 1;
    }

    private String filterId(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    private ResponseEntity<String> get(String path, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        return http.exchange(java.net.URI.create("http://localhost:" + port + path), HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> postJson(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("ttth.an", "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("http://localhost:" + port + path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    private ResponseEntity<String> deploy(String user) {
        String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("modelerDeployProbe")
                .camundaHistoryTimeToLive(1).startEvent().endEvent().done());
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "modeler-deploy-probe");
        body.add("data", new org.springframework.core.io.ByteArrayResource(bpmn.getBytes()) {
            @Override
            public String getFilename() {
                return "probe.bpmn";
            }
        });
        return http.exchange("http://localhost:" + port + "/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }
}
