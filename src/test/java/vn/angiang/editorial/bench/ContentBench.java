package vn.angiang.editorial.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Content approval end to end, the deployed model with its real delegates, routing table (DMN),
 * outbox mails and domain records: a collaborator submits an article on the economy through the start
 * form; the IT center vets it, the economy member appraises it, the deputy head approves it for the
 * head (an article needs the head's approval), it is published, and the member checks it after
 * publication. Each step as Tasklist does it: as the logged-in official, the task claimed, then its
 * form submitted.
 */
final class ContentBench {

    static final String PROCESS_KEY = "content-approval";
    /** vetSubmission, appraiseSubmission, approveByHead, checkPublishedItem */
    static final int USER_TASKS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = ("<h2>Khai mạc</h2><p>Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị xúc tiến "
            + "đầu tư với sự tham dự của hơn 300 doanh nghiệp trong và ngoài nước.</p>").repeat(8);

    private final ProcessEngine engine;
    private final Users users;
    private final int threads;

    ContentBench(ProcessEngine engine, Users users, int threads) {
        this.engine = engine;
        this.users = users;
        this.threads = threads;
    }

    record Result(int instances, double seconds) {
        double instancesPerSecond() {
            return instances / seconds;
        }

        double secondsPerUserTask() {
            return seconds / instances / USER_TASKS;
        }
    }

    boolean deployed() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() > 0;
    }

    Result run(int instances) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId();
        String run = Long.toString(System.nanoTime(), 36);
        List<String> ids = new CopyOnWriteArrayList<>();
        double seconds = Parallel.run(threads, instances, i -> {
            String[] pi = new String[1];
            users.as("ctv.lan", () -> pi[0] = engine.getFormService()
                    .submitStartForm(definitionId, submission("Hội nghị xúc tiến đầu tư " + run + "-" + i)).getId());
            ids.add(pi[0]);
            work(pi[0], "vetSubmission", "ttth.an", Map.of("vetDecision", "forward", "vetComment", "Đã biên tập"));
            work(pi[0], "appraiseSubmission", "tv.kinhte", Map.of("appraisalDecision", "approve"));
            work(pi[0], "approveByHead", "phoban.tttt", Map.of("headDecision", "approve", "headComment", "Đồng ý đăng"));
            work(pi[0], "checkPublishedItem", "tv.kinhte", Map.of("checkDecision", "confirm"));
        });
        verify(ids);
        return new Result(instances, seconds);
    }

    private void work(String processInstanceId, String taskKey, String user, Map<String, Object> submitted) {
        users.as(user, () -> {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(taskKey).singleResult();
            if (task == null) {
                throw new IllegalStateException("No open task " + taskKey + " in " + processInstanceId);
            }
            engine.getTaskService().claim(task.getId(), user);
            engine.getFormService().submitTaskForm(task.getId(), submitted);
        });
    }

    /** Every instance ended after the head's approval and publication. */
    private void verify(List<String> ids) {
        var history = engine.getHistoryService();
        for (String id : ids) {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() != 0) {
                throw new IllegalStateException("Content instance " + id + " did not end");
            }
            long published = history.createHistoricActivityInstanceQuery().processInstanceId(id)
                    .activityId("publishItem").finished().count();
            long approved = history.createHistoricActivityInstanceQuery().processInstanceId(id)
                    .activityId("approveByHead").finished().count();
            if (published != 1 || approved != 1) {
                throw new IllegalStateException("Content instance " + id + " did not go through approval and publication");
            }
        }
    }

    private static VariableMap submission(String title) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("summary", "Tỉnh giới thiệu 30 dự án kêu gọi đầu tư.");
        content.put("body", BODY);
        return Variables.createVariables()
                .putValue("content", json(content))
                .putValue("contentType", "article")
                .putValue("field", "economy")
                .putValue("urgency", "normal")
                .putValue("sourceAgency", "Sở Tài chính")
                .putValue("contributors", json(List.of(Map.of("name", "Hồ Ngọc Lan", "role", "author"),
                        Map.of("name", "Dương Văn Minh", "role", "photographer"))));
    }

    private static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
