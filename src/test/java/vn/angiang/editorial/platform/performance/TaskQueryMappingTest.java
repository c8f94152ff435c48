package vn.angiang.editorial.platform.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TaskQueryMappingTest {

    private static final String ENGINE_TASK_XML = read("org/camunda/bpm/engine/impl/mapping/entity/Task.xml");
    private static final String FRAGMENTS = read("platform/performance/task-authorization-check.xml");

    @Test
    void replacesTheAuthorizationJoinOfTheEngineStatements() {
        String mapper = TaskQueryMapping.rewrite(ENGINE_TASK_XML, FRAGMENTS).orElseThrow();

        assertThat(mapper).contains("<mapper namespace=\"" + TaskQueryMapping.NAMESPACE + "\">")
                .contains("<select id=\"selectTaskByQueryCriteria\"")
                .contains("<select id=\"selectTaskCountByQueryCriteria\"")
                .contains("<include refid=\"authorizationCheckByExists\" />")
                .contains("resultMap=\"org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.taskResultMap\"")
                .doesNotContain("authCheckJoinWithoutOnClause")
                .doesNotContain("AUTH ON")
                .doesNotContain("insert into");
        // every criterion of the engine's statement is still there
        assertThat(mapper).contains("query.candidateGroups", "query.dueBefore", "RES.TENANT_ID_", "orderingProperties");
    }

    @Test
    void leavesTheEngineAloneWhenItsMappingIsNotTheExpectedOne() {
        String otherJoin = ENGINE_TASK_XML.replace("AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.ID_",
                "AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.PROC_INST_ID_");
        assertThat(TaskQueryMapping.rewrite(otherJoin, FRAGMENTS)).isEmpty();

        String noCheck = ENGINE_TASK_XML.replace("AuthorizationEntity.contextualAuthorizationCheck",
                "AuthorizationEntity.somethingElse");
        assertThat(TaskQueryMapping.rewrite(noCheck, FRAGMENTS)).isEmpty();
    }

    private static String read(String resource) {
        try (InputStream in = TaskQueryMappingTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
