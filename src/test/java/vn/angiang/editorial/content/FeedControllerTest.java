package vn.angiang.editorial.content;

import vn.angiang.editorial.platform.notification.PublicLinks;
import vn.angiang.editorial.platform.process.Actor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import vn.angiang.editorial.platform.publishing.FeedController;
import vn.angiang.editorial.platform.publishing.Publisher;

/** The public feed as the portal reads it: JSON, Atom, one item, and what corrections and take-downs do. */
@JdbcTest(properties = "spring.datasource.url=jdbc:h2:mem:content-feed;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(ContentDomainTestConfiguration.class)
class FeedControllerTest {

    @Autowired
    ContentService service;
    @Autowired
    Publisher publisher;

    MockMvc mvc;
    long id;

    @BeforeEach
    void publishOne() {
        mvc = MockMvcBuilders.standaloneSetup(new FeedController(publisher, "angiang.gov.vn,2018", new PublicLinks("http://localhost", "/camunda"))).build();
        Submission s = service.submit(ContentServiceTest.form("news", "economy",
                "<p>Cầu <a href=\"https://angiang.gov.vn/cau\">Châu Đốc</a> & bến phà.</p>"), "ctv.lan",
                "collaborators", "pi");
        id = s.id();
        service.decide(id, Stage.VET, "forward", ContentEdits.NONE, ContentServiceTest.vetter(), null, "t1");
        service.decide(id, Stage.APPRAISE, "approve", ContentEdits.NONE, Actor.of("tv.kinhte", "member-economy"),
                null, "t2");
        service.publish(id, "tv.kinhte");
    }

    @Test
    void jsonFeedListsThePublishedItemWithItsAuditLink() throws Exception {
        mvc.perform(get("/public/feed"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value("content-" + id))
                .andExpect(jsonPath("$.items[0].version").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Khánh thành cầu Châu Đốc"))
                .andExpect(jsonPath("$.items[0].bodyHtml").value(containsString("rel=\"noopener noreferrer nofollow\"")))
                .andExpect(jsonPath("$.items[0].categoryLabel").value("Tin"))
                .andExpect(jsonPath("$.items[0].contributors").value("Hồ Ngọc Lan (tác giả), Dương Văn Minh (nhiếp ảnh)"))
                .andExpect(jsonPath("$.items[0].auditUrl").value("http://localhost/api/content/" + id + "/audit"));
    }

    @Test
    void atomFeedIsValidAtomWithEscapedHtmlContent() throws Exception {
        mvc.perform(get("/public/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andExpect(content().string(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">")))
                .andExpect(content().string(containsString("<id>tag:angiang.gov.vn,2018:content-" + id + "</id>")))
                .andExpect(content().string(containsString("<content type=\"html\">&lt;p&gt;Cầu &lt;a href=")))
                .andExpect(content().string(containsString(
                        "<link rel=\"related\" href=\"http://localhost/api/content/" + id + "/audit\"")));
    }

    @Test
    void aCorrectionReplacesTheItemAndATakeDownRemovesIt() throws Exception {
        Actor member = Actor.of("tv.kinhte", "member-economy");
        service.decide(id, Stage.CHECK, "correct", new ContentEdits("Khánh thành cầu Châu Đốc (đính chính)", null,
                null, null, null, null), member, "Sửa tên", "t3");
        service.publishCorrection(id, "tv.kinhte");

        mvc.perform(get("/public/feed/content-" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.title").value("Khánh thành cầu Châu Đốc (đính chính)"))
                .andExpect(jsonPath("$.correctionNote").value("Sửa tên"));
        mvc.perform(get("/public/feed")).andExpect(jsonPath("$.items", hasSize(1)));

        service.decide(id, Stage.CHECK, "take-down", ContentEdits.NONE, member, "Chưa được phép công bố", "t4");
        service.takeDown(id, "tv.kinhte");

        mvc.perform(get("/public/feed")).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/public/feed.atom")).andExpect(content().string(not(containsString("<entry>"))));
        mvc.perform(get("/public/feed/content-" + id))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.message").value("Tin bài đã được gỡ khỏi Cổng."))
                .andExpect(content().string(not(containsString("Chưa được phép công bố"))));
        mvc.perform(get("/public/feed/content-999999")).andExpect(status().isNotFound());
    }
}
