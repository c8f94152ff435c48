package vn.angiang.editorial.platform.papers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;

/**
 * The board's papers: worded from a template, numbered in their series, drawn as DOCX and PDF after
 * Nghị định 30/2020/NĐ-CP, and kept in the register with the record of the process that issued them.
 *
 * <pre>
 * PaperDraft draft = PaperDraft.of(PaperKind.GIAY_MOI, papers.text("giay-moi-hop", model))
 *         .withRecipients("Như thành phần mời;", "Lưu: VT, TGV.")
 *         .signedBy(Signer.deputy("Trần Thị Bình", "Phó Trưởng Ban", "Trưởng Ban").underDelegation("UQ-3"));
 * IssuedPaper paper = papers.issue(draft, "meeting-convocation", meetingKey, actor);   // Số: 12/GM-BBT
 * byte[] pdf = papers.file(paper.id(), PaperFormat.PDF).orElseThrow();
 * </pre>
 */
@Service
public class Papers {

    private final PaperRegister register;
    private final PaperTemplates templates;
    private final IssuingBody issuer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @Autowired
    Papers(PaperRegister register, PaperTemplates templates, PaperSettings settings, PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock) {
        this(register, templates, settings.issuer(), transactions, clock.getIfUnique(Clock::systemUTC));
    }

    Papers(PaperRegister register, PaperTemplates templates, IssuingBody issuer, PlatformTransactionManager transactions,
            Clock clock) {
        this.register = register;
        this.templates = templates;
        this.issuer = issuer;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The wording of template {@code name} ({@code templates/documents/<name>.txt}) with {@code model}: see
     * {@link PaperTemplates}.
     *
     * @throws IllegalArgumentException for an unknown template or a value it needs and the model lacks
     */
    public PaperText text(String name, Map<String, ?> model) {
        return templates.render(name, model);
    }

    /**
     * Issues {@code draft} for the record {@code recordKey} of {@code processKey}: gives it the next number
     * of its series (issuing body, kind, year of today in the board's time zone), draws it as DOCX and PDF and
     * stores both in the register. Runs in the caller's transaction (in a delegate: the engine's), so a step
     * that fails gives the number back; without one, in its own. The number stays reserved to this
     * transaction until it ends: keep issuing the last thing a step does.
     *
     * @throws vn.angiang.editorial.platform.validation.InputRefused when the draft lacks its abstract, body,
     *                                                               recipients or signer (Vietnamese, by field)
     */
    public IssuedPaper issue(PaperDraft draft, String processKey, String recordKey, Actor issuedBy) {
        if (processKey == null || recordKey == null || issuedBy == null) {
            throw new IllegalArgumentException("Văn bản phải gắn với quy trình, hồ sơ và người phát hành.");
        }
        draft.refuseIfIncomplete();
        OffsetDateTime now = BoardTime.local(OffsetDateTime.now(clock));
        LocalDate today = now.toLocalDate();
        return transaction.execute(tx -> {
            int number = register.nextNumber(issuer.code(), draft.kind(), today.getYear());
            Paper paper = new Paper(issuer, draft, number, today);
            Map<PaperFormat, byte[]> files = new EnumMap<>(PaperFormat.class);
            for (PaperFormat format : PaperFormat.values()) {
                files.put(format, format.draw(paper));
            }
            Signer signer = draft.signer();
            return register.add(issuer.code(), new IssuedPaper(0, draft.kind(), today.getYear(), number,
                    Paper.symbol(number, draft.kind(), issuer), processKey, recordKey, draft.title().strip(), today, now,
                    issuedBy.userId(), signer.fullName().strip(), String.join(" / ", signer.authorityLines()),
                    signer.signsFor(), signer.delegationRef()), files);
        });
    }

    /** The draft as it will look, dated today, its number left blank ("Số:    /GM-BBT"); nothing is stored. */
    public byte[] preview(PaperDraft draft, PaperFormat format) {
        draft.refuseIfIncomplete();
        return format.draw(new Paper(issuer, draft, null, BoardTime.local(OffsetDateTime.now(clock)).toLocalDate()));
    }

    /** The papers of one record, in the order they were issued. */
    public List<IssuedPaper> list(String processKey, String recordKey) {
        return register.list(processKey, recordKey);
    }

    public Optional<IssuedPaper> find(long id) {
        return register.find(id);
    }

    /** A file of a paper, as it was issued. */
    public Optional<byte[]> file(long id, PaperFormat format) {
        return register.file(id, format);
    }
}
