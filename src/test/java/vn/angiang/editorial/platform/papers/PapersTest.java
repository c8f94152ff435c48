package vn.angiang.editorial.platform.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.lowagie.text.pdf.PdfReader;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * Issuing papers into the register, on the migrated schema: each is numbered in its series, stored with
 * its record and opened again later; numbers restart on 1 January in Vietnam and are never given twice,
 * also to papers issued at the same moment; a draft that cannot be issued changes nothing. On H2 here, on
 * PostgreSQL in {@link PapersOnPostgresIT}. Each test uses series (kinds and years) of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PapersTest {

    static final String PROCESS = "meeting-convocation";
    static final Actor SECRETARY = Actor.of("tgv.truong", "secretariat-lead");
    /** 09:00 in An Giang */
    static final Instant DECEMBER_2 = Instant.parse("2026-12-02T02:00:00Z");

    DataSource data;
    DataSourceTransactionManager transactions;
    PaperRegister register;
    PaperTemplates templates;

    /** A new, empty database of the kind the test runs on. */
    DataSource newDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:papers-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
                "sa", "");
    }

    String vendor() {
        return "h2";
    }

    @BeforeAll
    void migrate() {
        data = newDatabase();
        Flyway.configure().dataSource(data).table("editorial_schema_history")
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor()).load().migrate();
        transactions = new DataSourceTransactionManager(data);
        register = new PaperRegister(JdbcClient.create(data), transactions);
        templates = new PaperTemplates(new DefaultResourceLoader(), List.of(PaperTemplates.SHIPPED));
    }

    @AfterAll
    void forgetTheDatabase() {
        data = null;
    }

    Papers papersAt(Instant now) {
        return new Papers(register, templates, PaperFilesTest.BBT, transactions, Clock.fixed(now, ZoneOffset.UTC));
    }

    PaperDraft invitation(Papers papers) {
        Map<String, Object> model = new java.util.HashMap<>(PaperTemplatesTest.everyValue());
        model.put("meeting", "Ban Biên tập định kỳ 6 tháng cuối năm 2026");
        model.put("participants", "bà " + PaperFilesTest.EVERY_DIACRITIC);
        return PaperDraft.of(PaperKind.GIAY_MOI, papers.text("giay-moi-hop", model))
                .withRecipients("Như thành phần mời;", "Lưu: VT, TGV.")
                .signedBy(PaperFilesTest.DEPUTY_FOR_THE_HEAD.underDelegation("UQ-3"));
    }

    static PaperDraft draft(PaperKind kind) {
        return new PaperDraft(kind, "Văn bản kiểm thử", List.of(new PaperBlock.Paragraph("Nội dung./.")),
                List.of("Lưu: VT."), Signer.of("Nguyễn Văn An", "Trưởng Ban"));
    }

    @Test
    void anIssuedPaperIsKeptWithItsRecordAndOpensAsIssued() throws IOException {
        Papers papers = papersAt(DECEMBER_2);
        IssuedPaper issued = papers.issue(invitation(papers), PROCESS, "hop-2026-2", SECRETARY);

        assertThat(issued.kind()).isEqualTo(PaperKind.GIAY_MOI);
        assertThat(issued.year()).isEqualTo(2026);
        assertThat(issued.number()).isEqualTo(1);
        assertThat(issued.symbol()).isEqualTo("1/GM-BBT");
        assertThat(issued.title()).isEqualTo("Họp Ban Biên tập định kỳ 6 tháng cuối năm 2026");
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(issued.issuedAt().toInstant()).isEqualTo(DECEMBER_2);
        assertThat(issued.issuedBy()).isEqualTo("tgv.truong");
        assertThat(issued.signedBy()).isEqualTo("Trần Thị Bình");
        assertThat(issued.signature()).isEqualTo("KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN");
        assertThat(issued.signedFor()).isEqualTo("TRƯỞNG BAN");
        assertThat(issued.delegationRef()).isEqualTo("UQ-3");
        assertThat(issued.fileName(PaperFormat.PDF)).isEqualTo("1-GM-BBT.pdf");

        assertThat(papers.list(PROCESS, "hop-2026-2")).containsExactly(issued);
        assertThat(papers.list(PROCESS, "hop-2026-1")).isEmpty();
        assertThat(papers.list("feedback-handling", "hop-2026-2")).isEmpty();
        assertThat(papers.find(issued.id())).contains(issued);

        byte[] pdf = papers.file(issued.id(), PaperFormat.PDF).orElseThrow();
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(PaperFilesTest.text(reader, 1)).contains("Số: 1/GM-BBT", "An Giang, ngày 02 tháng 12 năm 2026",
                    "GIẤY MỜI", PaperFilesTest.EVERY_DIACRITIC, "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Thị Bình");
        } finally {
            reader.close();
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(papers.file(issued.id(), PaperFormat.DOCX).orElseThrow()));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("Số: 1/GM-BBT", "An Giang, ngày 02 tháng 12 năm 2026",
                    PaperFilesTest.EVERY_DIACRITIC, "KT. TRƯỞNG BAN");
        }
        assertThat(papers.file(issued.id() + 1000, PaperFormat.PDF)).isEmpty();
    }

    @Test
    void eachKindHasItsOwnSeriesAndEveryYearStartsAgainAtOneOnTheFirstOfJanuaryInVietnam() {
        // 23:30 on 31 December 2029 in An Giang, then 00:30 on 1 January 2030 there (still 31 December in UTC)
        Papers lastEvening = papersAt(Instant.parse("2029-12-31T16:30:00Z"));
        Papers newYear = papersAt(Instant.parse("2029-12-31T17:30:00Z"));

        assertThat(symbols(lastEvening, PaperKind.THONG_BAO, 3)).containsExactly("1/TB-BBT", "2/TB-BBT", "3/TB-BBT");
        assertThat(symbols(lastEvening, PaperKind.BAO_CAO, 1)).containsExactly("1/BC-BBT");
        IssuedPaper first = newYear.issue(draft(PaperKind.THONG_BAO), PROCESS, "new-year", SECRETARY);
        assertThat(first.symbol()).isEqualTo("1/TB-BBT");
        assertThat(first.year()).isEqualTo(2030);
        assertThat(first.issuedOn()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(symbols(lastEvening, PaperKind.THONG_BAO, 1)).containsExactly("4/TB-BBT");
    }

    @Test
    void papersIssuedAtTheSameMomentNeverShareANumber() throws Exception {
        Papers papers = papersAt(Instant.parse("2031-06-01T02:00:00Z"));
        int threads = 6;
        int each = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Integer>> issuer = () -> {
                    start.await();
                    List<Integer> numbers = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        numbers.add(papers.issue(draft(PaperKind.PHIEU_CHUYEN), "feedback-handling", "concurrent", SECRETARY).number());
                    }
                    return numbers;
                };
                results.add(pool.submit(issuer));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<List<Integer>> result : results) {
                numbers.addAll(result.get(2, TimeUnit.MINUTES));
            }
            // none twice, none skipped: 1 to 24 in the series that opened at that very moment
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * each).boxed().toList());
            assertThat(papers.list("feedback-handling", "concurrent")).extracting(IssuedPaper::symbol).doesNotHaveDuplicates()
                    .hasSize(threads * each);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPaperRolledBackWithItsStepGivesItsNumberBack() {
        Papers papers = papersAt(Instant.parse("2032-03-02T02:00:00Z"));
        TransactionTemplate step = new TransactionTemplate(transactions);
        step.executeWithoutResult(tx -> {
            assertThat(papers.issue(draft(PaperKind.GIAY_MOI), PROCESS, "rolled-back", SECRETARY).number()).isEqualTo(1);
            tx.setRollbackOnly();
        });
        assertThat(papers.list(PROCESS, "rolled-back")).isEmpty();
        assertThat(papers.issue(draft(PaperKind.GIAY_MOI), PROCESS, "kept", SECRETARY).number()).isEqualTo(1);
    }

    @Test
    void aDraftWithoutAbstractOrSignerIsRefusedInVietnameseAndChangesNothing() {
        Papers papers = papersAt(Instant.parse("2033-05-05T02:00:00Z"));
        PaperDraft incomplete = new PaperDraft(PaperKind.GIAY_UY_QUYEN, "  ", List.of(), List.of(), null);

        assertThatThrownBy(() -> papers.issue(incomplete, PROCESS, "refused", SECRETARY))
                .isInstanceOfSatisfying(InputRefused.class, refused -> assertThat(refused.errors()).containsExactly(
                        Map.entry("title", "Trích yếu nội dung văn bản không được để trống."),
                        Map.entry("body", "Văn bản chưa có nội dung."),
                        Map.entry("recipients", "Hãy ghi nơi nhận văn bản (ít nhất \"Lưu: VT\")."),
                        Map.entry("signer", "Văn bản chưa có người ký: hãy chọn người ký và chức vụ.")));
        assertThatThrownBy(() -> papers.issue(draft(PaperKind.GIAY_UY_QUYEN).signedBy(Signer.of(" ", "Trưởng Ban")),
                PROCESS, "refused", SECRETARY))
                .isInstanceOfSatisfying(InputRefused.class, refused -> assertThat(refused.errors())
                        .containsExactly(Map.entry("signer", "Họ và tên người ký không được để trống.")));
        assertThatThrownBy(() -> papers.issue(draft(PaperKind.GIAY_UY_QUYEN).withTitle("Ủy quyền\u0007ký thay"),
                PROCESS, "refused", SECRETARY))
                .isInstanceOfSatisfying(InputRefused.class, refused -> assertThat(refused.errors().get("title"))
                        .startsWith("Trích yếu chứa ký tự điều khiển"));
        assertThatThrownBy(() -> papers.preview(incomplete, PaperFormat.PDF)).isInstanceOf(InputRefused.class);

        assertThat(papers.list(PROCESS, "refused")).isEmpty();
        assertThat(papers.issue(draft(PaperKind.GIAY_UY_QUYEN), PROCESS, "accepted", SECRETARY).symbol()).isEqualTo("1/GUQ-BBT");
    }

    @Test
    void aPreviewIsNotIssued() throws IOException {
        Papers papers = papersAt(Instant.parse("2034-01-09T02:00:00Z"));
        PdfReader pdf = new PdfReader(papers.preview(draft(PaperKind.BANG_KE), PaperFormat.PDF));
        try {
            assertThat(PaperFilesTest.text(pdf, 1)).containsPattern("Số:\\s+/BK-BBT").contains("ngày 09 tháng 01 năm 2034");
        } finally {
            pdf.close();
        }
        assertThat(papers.issue(draft(PaperKind.BANG_KE), PROCESS, "statement", SECRETARY).symbol()).isEqualTo("1/BK-BBT");
    }

    private List<String> symbols(Papers papers, PaperKind kind, int count) {
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            symbols.add(papers.issue(draft(kind), PROCESS, kind.name().toLowerCase(Locale.ROOT), SECRETARY).symbol());
        }
        return symbols;
    }
}
