package vn.angiang.editorial.content;

import vn.angiang.editorial.platform.publishing.PlainTextHtml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.DemoProperties;
import vn.angiang.editorial.platform.process.DemoSteps;

/**
 * Demo only (editorial.demo.enabled), once (while no submission exists): sample submissions left at
 * different steps, so that each demo role finds work on first login — the IT center a submission to
 * vet, each field's member one to appraise, the head and the ICT deputy one to approve, the office
 * deputy a legal document, a collaborator one returned for revision, a member one published to check.
 * Each step is taken as the demo user of that role would, through the same forms and rules.
 */
@Component
@Order(10)
public record ContentDemoData(DemoProperties demo, JdbcClient jdbc, DemoSteps steps) implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentDemoData.class);

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("SELECT COUNT(*) FROM content_submission").query(Integer.class).single() > 0) {
            return;
        }
        try {
            // waiting for the IT center (ttth.an, ttth.binh)
            submit("ctv.lan", "Lễ hội Vía Bà Chúa Xứ Núi Sam thu hút hơn 100.000 lượt khách", "culture-society",
                    "news");
            // waiting for the members of each field
            vetted(submit("syt.vanthu", "Tiêm chủng mở rộng cho trẻ em tại 102 xã, phường", "culture-society", "news"));
            vetted(submit("ubnd.longxuyen", "Hội nghị tổng kết công tác dân vận năm 2026", "politics", "news"));
            vetted(submit("ctv.minh", "Nông dân Thoại Sơn áp dụng cơ giới hóa trong thu hoạch lúa", "economy", "news"));
            vetted(submit("sxd.vanthu", "Hướng dẫn cấp giấy phép xây dựng trực tuyến", "legal", "announcement"));
            vetted(submit("ubnd.chaudoc", "Châu Đốc triển khai bản đồ số du lịch", "science-tech", "photo-story"));
            // supplied by the provincial office (Đ9.2), waiting for the legal field's member
            vetted(submit("vpubnd.vanthu", "Quyết định ban hành kế hoạch năm học 2026–2027", "legal", "legal-document"));
            // waiting for the head or the ICT deputy acting for the head
            ProcessInstance article = vetted(submit("ctv.minh", "An Giang – điểm đến của nhà đầu tư nông nghiệp công nghệ cao",
                    "economy", "article"));
            steps.work(article, "appraiseSubmission", "tv.kinhte", Map.of("appraisalDecision", "approve"));
            // returned to a collaborator for revision
            ProcessInstance returned = submit("ctv.lan", "Chợ nổi Long Xuyên vào mùa nước nổi", "culture-society",
                    "photo-story");
            steps.work(returned, "vetSubmission", "ttth.binh", Map.of("vetDecision", "return", "vetComment",
                    "Bổ sung tên tác giả ảnh và chú thích cho từng ảnh."));
            // published, waiting for the member's check after publication (Đ10.4)
            ProcessInstance published = vetted(submit("sxd.vanthu", "Khởi công tuyến đường tránh thành phố Long Xuyên",
                    "economy", "news"));
            steps.work(published, "appraiseSubmission", "tv.kinhte", Map.of("appraisalDecision", "approve"));
            log.info("Demo: sample content submissions started");
        } catch (RuntimeException e) {
            log.warn("Demo: sample content submissions could not be started: {}", e.getMessage(), e);
        }
    }

    private ProcessInstance submit(String user, String title, String field, String type) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("summary", title + ": tin do " + user + " gửi để Ban Biên tập xem xét đăng tải.");
        content.put("body", PlainTextHtml.paragraphs(title + ".\n\nNội dung mẫu của môi trường trình diễn."));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("content", DemoSteps.json(content));
        variables.put("contentType", type);
        variables.put("field", field);
        variables.put("urgency", "normal");
        variables.put("contributors", DemoSteps.json(List.of(Map.of("name", "Phóng viên mẫu", "role", "author"))));
        return steps.start(ContentVariables.PROCESS_KEY, user, variables);
    }

    private ProcessInstance vetted(ProcessInstance pi) {
        steps.work(pi, "vetSubmission", "ttth.an", Map.of("vetDecision", "forward"));
        return pi;
    }
}
