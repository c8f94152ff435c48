package vn.angiang.editorial.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.orgchart.DemoProperties;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.process.DemoSteps;

/**
 * Demo only (editorial.demo.enabled), once (while no meeting exists): an ad hoc meeting convened by the head whose
 * agenda and documents are ready, waiting for the contributions of the economy and politics members (then the
 * head's invitation), and a written consultation waiting for every member's answer. Each step is taken as the demo
 * user of that role would, through the same forms and rules.
 */
@Component
@Order(30)
public record MeetingDemoData(DemoProperties demo, MeetingRepository meetings, DemoSteps steps, WorkingDayCalendar workingDays, Clock clock) implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeetingDemoData.class);

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !meetings.list().isEmpty()) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock.withZone(BoardTime.ZONE));
            String startsAt = at(workingDays.addWorkingDays(today, 8), 8);
            String documentsDue = at(workingDays.addWorkingDays(today, 3), 17);
            ProcessInstance meeting = steps.start(MeetingService.PROCESS_KEY, "truongban", Map.of("kind", "ad-hoc",
                    "title", "đột xuất về bảo đảm an toàn thông tin trên Cổng",
                    "reason", "Rà soát sự cố truy cập và kế hoạch sao lưu dữ liệu của Cổng."));
            steps.work(meeting, "draftAgenda", "tgv.truong", Map.of("title", "đột xuất về bảo đảm an toàn thông tin trên Cổng",
                    "startsAt", startsAt, "place", "Phòng họp Sở Khoa học và Công nghệ, 82 Tôn Đức Thắng",
                    "contributionsDue", documentsDue,
                    "agendaItems", DemoSteps.json(List.of(
                            Map.of("title", "Kế hoạch sao lưu dữ liệu của Cổng", "field", "economy", "presenter",
                                    "Trung tâm Tin học"),
                            Map.of("title", "Quy trình đăng tin khẩn khi có sự cố", "field", "politics")))));
            steps.work(meeting, "prepareDocuments", "ttth.an", Map.of("documentsNote",
                    "Báo cáo sự cố gửi kèm giấy mời; phòng họp có kết nối trực tuyến."));
            ProcessInstance consultation = steps.start(MeetingService.PROCESS_KEY, "tgv.truong", Map.of("kind", "consultation",
                    "title", "lịch trực đăng tin dịp nghỉ lễ", "reason", "Theo yêu cầu của Trưởng ban."));
            steps.work(consultation, "draftConsultation", "tgv.truong", Map.of("question",
                    "Đồng ý lịch trực đăng tin dịp nghỉ lễ do Trung tâm Tin học đề xuất?", "answersDue", documentsDue));
            log.info("Demo: a sample meeting and a written consultation started");
        } catch (RuntimeException e) {
            log.warn("Demo: sample meetings could not be started: {}", e.getMessage(), e);
        }
    }

    private static String at(LocalDate day, int hour) {
        return ZonedDateTime.of(day.atTime(hour, 0), BoardTime.ZONE).toOffsetDateTime().toString();
    }
}
