package vn.angiang.editorial.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.orgchart.DemoProperties;
import vn.angiang.editorial.platform.process.BoardTime;

/**
 * Demo only (editorial.demo.enabled), once (while no meeting exists): an ad hoc meeting convened by the head whose
 * agenda and documents are ready, waiting for the contributions of the economy and politics members (then the
 * head's invitation), and a written consultation waiting for every member's answer. Each step is taken as the demo
 * user of that role would, through the same forms and rules.
 */
@Component
@Order(30)
public class MeetingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeetingDemoData.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoProperties demo;
    private final MeetingRepository meetings;
    private final IdentityService identity;
    private final FormService forms;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final WorkingDayCalendar workingDays;
    private final Clock clock;

    public MeetingDemoData(DemoProperties demo, MeetingRepository meetings, IdentityService identity, FormService forms,
            TaskService tasks, RepositoryService repository, WorkingDayCalendar workingDays, Clock clock) {
        this.demo = demo;
        this.meetings = meetings;
        this.identity = identity;
        this.forms = forms;
        this.tasks = tasks;
        this.repository = repository;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !meetings.list().isEmpty()) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock.withZone(BoardTime.ZONE));
            String startsAt = at(workingDays.addWorkingDays(today, 8), 8);
            String documentsDue = at(workingDays.addWorkingDays(today, 3), 17);
            ProcessInstance meeting = start("truongban", Map.of("kind", "ad-hoc",
                    "title", "đột xuất về bảo đảm an toàn thông tin trên Cổng",
                    "reason", "Rà soát sự cố truy cập và kế hoạch sao lưu dữ liệu của Cổng."));
            work(meeting, "draftAgenda", "tgv.truong", Map.of("title", "đột xuất về bảo đảm an toàn thông tin trên Cổng",
                    "startsAt", startsAt, "place", "Phòng họp Sở Khoa học và Công nghệ, 82 Tôn Đức Thắng",
                    "contributionsDue", documentsDue,
                    "agendaItems", json(List.of(
                            Map.of("title", "Kế hoạch sao lưu dữ liệu của Cổng", "field", "economy", "presenter",
                                    "Trung tâm Tin học"),
                            Map.of("title", "Quy trình đăng tin khẩn khi có sự cố", "field", "politics")))));
            work(meeting, "prepareDocuments", "ttth.an", Map.of("documentsNote",
                    "Báo cáo sự cố gửi kèm giấy mời; phòng họp có kết nối trực tuyến."));
            ProcessInstance consultation = start("tgv.truong", Map.of("kind", "consultation",
                    "title", "lịch trực đăng tin dịp nghỉ lễ", "reason", "Theo yêu cầu của Trưởng ban."));
            work(consultation, "draftConsultation", "tgv.truong", Map.of("question",
                    "Đồng ý lịch trực đăng tin dịp nghỉ lễ do Trung tâm Tin học đề xuất?", "answersDue", documentsDue));
            log.info("Demo: a sample meeting and a written consultation started");
        } catch (RuntimeException e) {
            log.warn("Demo: sample meetings could not be started: {}", e.getMessage(), e);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String at(LocalDate day, int hour) {
        return ZonedDateTime.of(day.atTime(hour, 0), BoardTime.ZONE).toOffsetDateTime().toString();
    }

    private ProcessInstance start(String user, Map<String, Object> variables) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(MeetingService.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        as(user);
        try {
            return forms.submitStartForm(definition, new LinkedHashMap<>(variables));
        } finally {
            identity.clearAuthentication();
        }
    }

    private void work(ProcessInstance pi, String taskKey, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
        as(user);
        try {
            tasks.claim(task.getId(), user);
            forms.submitTaskForm(task.getId(), new LinkedHashMap<>(variables));
        } finally {
            identity.clearAuthentication();
        }
    }

    private void as(String user) {
        identity.setAuthentication(user,
                identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    }

    private static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
