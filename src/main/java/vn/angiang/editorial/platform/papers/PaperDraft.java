package vn.angiang.editorial.platform.papers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.platform.validation.PlainText;

/**
 * A paper before it is issued: everything but its number and date.
 *
 * <pre>
 * PaperDraft draft = PaperDraft.of(PaperKind.GIAY_MOI, papers.text("giay-moi-hop", model))
 *         .withRecipients("Như thành phần mời;", "Lưu: VT, TGV.")
 *         .signedBy(Signer.deputy("Trần Thị Bình", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN"));
 * </pre>
 *
 * @param title      the abstract line (trích yếu) printed under the kind's name; required
 * @param body       paragraphs and tables, in reading order
 * @param recipients the lines of "Nơi nhận:", each printed after a dash ({@code Lưu: VT, TGV.})
 * @param signer     who signs, in what capacity; required
 * @param coSigner   a second signature on the left, in place of the recipients (minutes: the secretary beside the
 *                   chair, Nghị định 30/2020/NĐ-CP, Phụ lục I); or null
 */
public record PaperDraft(PaperKind kind, String title, List<PaperBlock> body, List<String> recipients, Signer signer,
        Signer coSigner) {

    /** Longest abstract line the register keeps. */
    public static final int MAX_TITLE_LENGTH = 1000;
    /** Longest signer's name the register keeps. */
    public static final int MAX_SIGNER_LENGTH = 200;

    public PaperDraft {
        Objects.requireNonNull(kind, "Văn bản phải có loại (PaperKind).");
        body = body == null ? List.of() : List.copyOf(body);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** A paper with one signature. */
    public PaperDraft(PaperKind kind, String title, List<PaperBlock> body, List<String> recipients, Signer signer) {
        this(kind, title, body, recipients, signer, null);
    }

    /** A draft of {@code kind} with the wording a template gave. */
    public static PaperDraft of(PaperKind kind, PaperText text) {
        return new PaperDraft(kind, text.title(), text.blocks(), List.of(), null, null);
    }

    public PaperDraft withTitle(String newTitle) {
        return new PaperDraft(kind, newTitle, body, recipients, signer, coSigner);
    }

    /** The same draft with {@code more} added at the end of the body. */
    public PaperDraft with(PaperBlock... more) {
        List<PaperBlock> blocks = new ArrayList<>(body);
        blocks.addAll(List.of(more));
        return new PaperDraft(kind, title, blocks, recipients, signer, coSigner);
    }

    public PaperDraft withRecipients(String... lines) {
        return new PaperDraft(kind, title, body, List.of(lines), signer, coSigner);
    }

    public PaperDraft signedBy(Signer newSigner) {
        return new PaperDraft(kind, title, body, recipients, newSigner, coSigner);
    }

    /**
     * The same draft signed also by {@code second}, printed on the left where the recipients would stand: minutes
     * ("THƯ KÝ" beside "CHỦ TRÌ"). A paper with two signatures needs no recipients.
     */
    public PaperDraft alsoSignedBy(Signer second) {
        return new PaperDraft(kind, title, body, recipients, signer, second);
    }

    /**
     * Refuses a draft that cannot be issued, naming every problem in Vietnamese by field ({@code title},
     * {@code body}, {@code recipients}, {@code signer}).
     *
     * @throws InputRefused when the abstract, the body, the recipients or the signer is missing, or a text
     *                      holds characters a paper cannot show
     */
    public void refuseIfIncomplete() {
        InputRefused.Collector problems = new InputRefused.Collector();
        if (title == null || title.isBlank()) {
            problems.add("title", "Trích yếu nội dung văn bản không được để trống.");
        } else if (title.length() > MAX_TITLE_LENGTH) {
            problems.add("title", "Trích yếu nội dung văn bản dài quá " + MAX_TITLE_LENGTH + " ký tự.");
        }
        if (body.isEmpty()) {
            problems.add("body", "Văn bản chưa có nội dung.");
        }
        if (recipients.isEmpty() && coSigner == null) {
            problems.add("recipients", "Hãy ghi nơi nhận văn bản (ít nhất \"Lưu: VT\").");
        }
        if (signer == null) {
            problems.add("signer", "Văn bản chưa có người ký: hãy chọn người ký và chức vụ.");
        } else if (signer.fullName() == null || signer.fullName().isBlank()) {
            problems.add("signer", "Họ và tên người ký không được để trống.");
        } else if (signer.fullName().length() > MAX_SIGNER_LENGTH) {
            problems.add("signer", "Họ và tên người ký dài quá " + MAX_SIGNER_LENGTH + " ký tự.");
        } else if (signer.title() == null || signer.title().isBlank()) {
            problems.add("signer", "Chức vụ của người ký không được để trống.");
        }
        refuseUnsafe(problems, "title", "Trích yếu", Stream.of(title));
        refuseUnsafe(problems, "body", "Nội dung", body.stream().flatMap(PaperDraft::texts));
        refuseUnsafe(problems, "recipients", "Nơi nhận", recipients.stream());
        if (signer != null) {
            refuseUnsafe(problems, "signer", "Người ký", Stream.concat(Stream.of(signer.fullName()),
                    signer.authorityLines().stream()));
        }
        if (coSigner != null) {
            if (coSigner.fullName() == null || coSigner.fullName().isBlank() || coSigner.title() == null) {
                problems.add("coSigner", "Người ký thứ hai phải có họ tên và chức danh.");
            } else if (coSigner.fullName().length() > MAX_SIGNER_LENGTH) {
                problems.add("coSigner", "Họ và tên người ký thứ hai dài quá " + MAX_SIGNER_LENGTH + " ký tự.");
            } else {
                refuseUnsafe(problems, "coSigner", "Người ký thứ hai", Stream.concat(Stream.of(coSigner.fullName()),
                        coSigner.authorityLines().stream()));
            }
        }
        problems.throwIfAny();
    }

    private static Stream<String> texts(PaperBlock block) {
        if (block instanceof PaperTable table) {
            return Stream.concat(table.header().stream(), table.rows().stream().flatMap(List::stream));
        }
        if (block instanceof PaperImage image) {
            return Stream.of(image.caption());
        }
        return Stream.of(((PaperBlock.Paragraph) block).text());
    }

    /** Control characters would make the DOCX unreadable XML and show as nothing in the PDF. */
    private static void refuseUnsafe(InputRefused.Collector problems, String field, String label, Stream<String> texts) {
        if (problems.has(field)) {
            return;
        }
        texts.filter(Objects::nonNull).map(PlainText::unsafeCharacters).filter(Objects::nonNull).findFirst()
                .ifPresent(why -> problems.add(field, label + " " + why));
    }
}
