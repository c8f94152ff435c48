package vn.angiang.editorial.platform.papers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.angiang.editorial.platform.papers.PaperCanvas.Line;
import vn.angiang.editorial.platform.papers.PaperCanvas.Row;
import vn.angiang.editorial.platform.papers.PaperCanvas.Style;

/**
 * What goes where on a paper, after the forms of Nghị định 30/2020/NĐ-CP, Phụ lục I: the issuing body
 * opposite the national motto, the number opposite the place and date, the kind's name and the abstract,
 * the body, then the recipients opposite the signature (minutes: the secretary's signature opposite the chair's).
 * The same for every format.
 */
final class PaperLayout {

    static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO_SUBTITLE = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS_HEADING = "Nơi nhận:";

    /** the header's left column (issuing body, number) beside the motto and the date */
    private static final float HEADER_LEFT = 0.4f;
    /** the recipients beside the signature */
    private static final float CLOSING_LEFT = 0.45f;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private PaperLayout() {
    }

    static byte[] draw(Paper paper, PaperCanvas canvas) {
        PaperDraft draft = paper.draft();
        canvas.columns(HEADER_LEFT, List.of(
                new Row(issuingBody(paper.issuer()), List.of(line(MOTTO, Style.MOTTO), line(MOTTO_SUBTITLE, Style.MOTTO_SUBTITLE))),
                new Row(List.of(line(paper.numberLine(), Style.NUMBER)), List.of(line(paper.dateLine(), Style.DATE)))));
        canvas.line(line(draft.kind().title(), Style.KIND));
        canvas.line(line(draft.title(), Style.TITLE));
        for (PaperBlock block : draft.body()) {
            if (block instanceof PaperTable table) {
                canvas.table(nfc(table));
            } else if (block instanceof PaperImage image) {
                canvas.image(new PaperImage(image.png(), Math.min(image.widthMm(), PaperCanvas.PAGE_WIDTH_MM
                        - PaperCanvas.MARGIN_LEFT_MM - PaperCanvas.MARGIN_RIGHT_MM), image.heightMm(), nfc(image.caption())));
            } else {
                canvas.paragraph(nfc(((PaperBlock.Paragraph) block).text()));
            }
        }
        if (draft.coSigner() != null) {
            // minutes: the one who kept them on the left, the one who chaired on the right, each with their name
            canvas.columns(0.5f, List.of(new Row(signature(draft.coSigner()), signature(draft.signer()))));
        } else {
            canvas.columns(CLOSING_LEFT, List.of(new Row(recipients(draft.recipients()), signature(draft.signer()))));
        }
        return canvas.finish();
    }

    private static List<Line> issuingBody(IssuingBody issuer) {
        List<Line> lines = new ArrayList<>();
        lines.add(line(capitals(issuer.parent()), Style.PARENT));
        issuer.nameLines().forEach(name -> lines.add(line(capitals(name), Style.BODY_NAME)));
        lines.add(line("", Style.RULE));
        return lines;
    }

    private static List<Line> recipients(List<String> recipients) {
        List<Line> lines = new ArrayList<>();
        lines.add(line(RECIPIENTS_HEADING, Style.RECIPIENTS_HEADING));
        recipients.forEach(recipient -> lines.add(line("- " + recipient, Style.RECIPIENT)));
        return lines;
    }

    private static List<Line> signature(Signer signer) {
        List<Line> lines = new ArrayList<>();
        signer.authorityLines().forEach(authority -> lines.add(line(authority, Style.AUTHORITY)));
        lines.add(line("", Style.SIGNATURE_SPACE));
        lines.add(line(signer.fullName(), Style.SIGNER));
        return lines;
    }

    private static Line line(String text, Style style) {
        return new Line(nfc(text.strip()), style);
    }

    private static String capitals(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    /** Unicode NFC: every Vietnamese letter one character, drawn from one glyph of the font. */
    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static PaperTable nfc(PaperTable table) {
        return new PaperTable(table.header().stream().map(PaperLayout::nfc).toList(),
                table.rows().stream().map(row -> row.stream().map(PaperLayout::nfc).toList()).toList(), table.widths());
    }
}
