package vn.angiang.editorial.platform.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.support.SharedApplicationOnPostgres;

/** The papers as the application wires them: the issuing body from application.yaml, the shipped wording, PostgreSQL. */
@SharedApplicationOnPostgres
class PapersInTheApplicationIT {

    @Autowired Papers papers;
    @Autowired PaperSettings settings;

    @Test
    void theApplicationIssuesTheBoardsPapers() {
        assertThat(settings.issuer()).isEqualTo(new IssuingBody("UBND TỈNH AN GIANG",
                List.of("BAN BIÊN TẬP", "CỔNG THÔNG TIN ĐIỆN TỬ"), "BBT", "An Giang"));

        String record = "PA-" + UUID.randomUUID();
        PaperDraft slip = PaperDraft.of(PaperKind.PHIEU_CHUYEN, papers.text("phieu-chuyen-phan-anh", Map.of(
                        "agency", "Sở Y tế", "receivedDate", "03/11/2026", "sender", "ông Lê Văn Đức",
                        "trackingCode", record, "summary", "giờ làm việc của trạm y tế phường Mỹ Thới.",
                        "answerDue", "01/12/2026")))
                .withRecipients("Như trên;", "Lưu: VT, TTTH.")
                .signedBy(Signer.deputy("Trần Thị Bình", "Phó Trưởng Ban", "Trưởng Ban"));
        IssuedPaper issued = papers.issue(slip, "feedback-handling", record, Actor.of("phoban.tttt", "deputy-head-ict"));

        assertThat(issued.symbol()).matches("\\d+/PC-BBT");
        assertThat(issued.title()).isEqualTo("Chuyển phản ánh, kiến nghị mã số " + record);
        assertThat(papers.list("feedback-handling", record)).containsExactly(issued);
        assertThat(papers.file(issued.id(), PaperFormat.PDF)).hasValueSatisfying(pdf -> assertThat(pdf).startsWith('%', 'P', 'D', 'F'));
        assertThat(papers.file(issued.id(), PaperFormat.DOCX)).hasValueSatisfying(docx -> assertThat(docx).startsWith('P', 'K'));
    }
}
