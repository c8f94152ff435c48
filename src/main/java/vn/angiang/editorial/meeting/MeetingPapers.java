package vn.angiang.editorial.meeting;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Signatures;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.papers.PaperDraft;
import vn.angiang.editorial.platform.papers.PaperKind;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.papers.Signer;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;

/**
 * The meeting's papers through the kit ({@link Papers}, Nghị định 30/2020/NĐ-CP): the invitation (GM, template
 * {@code giay-moi-hop}) with the contents Quyết định 45/2018/QĐ-TTg lists, and the conclusion notice (TB,
 * {@code thong-bao-ket-luan}), the minutes (BB, {@code bien-ban-hop}) and the result of a written consultation
 * (TB, {@code thong-bao-ket-qua-xin-y-kien}); signed by the one who convenes and chairs: the head, or "KT. TRƯỞNG
 * BAN / PHÓ TRƯỞNG BAN" when a deputy signs under delegation (Đ14.3).
 */
@Component
public record MeetingPapers(Papers papers, MeetingPeople people, OrgDirectory org, Signatures signatures) {

    IssuedPaper invitation(Meeting meeting, List<AgendaItem> agenda, List<Guest> guests, List<Material> materials,
            Actor convener) {
        Map<String, Object> model = new HashMap<>();
        model.put("meeting", meeting.title());
        model.put("convener", office(convener) + (convener.delegation() == null ? "" : " (được Trưởng ban ủy quyền)"));
        model.put("chair", chairLine(convener));
        model.put("participants", participants(guests));
        model.put("time", spokenTime(meeting));
        model.put("place", meeting.place());
        List<String> items = new ArrayList<>();
        for (AgendaItem item : agenda) {
            items.add(item.position() + ". " + item.title() + (item.presenter() == null ? "" : " (trình bày: "
                    + item.presenter() + ")"));
        }
        model.put("agenda", items);
        List<String> documents = materials.stream().filter(m -> Material.DOCUMENT.equals(m.kind()))
                .map(Material::title).toList();
        if (!documents.isEmpty()) {
            model.put("documents", String.join("; ", documents) + " (đăng trong hồ sơ cuộc họp trên hệ thống)");
        }
        model.put("preparedBy", org.name(org.group(BoardRole.IT_CENTER)).orElse("Trung tâm Tin học")
                + " và Tổ giúp việc Ban Biên tập");
        PaperDraft draft = PaperDraft.of(PaperKind.GIAY_MOI, papers.text("giay-moi-hop", model))
                .withRecipients("Thành viên Ban Biên tập;", "Khách mời (nếu có);", "Lưu: VT, TGV.")
                .signedBy(signer(convener, DelegationScope.CHAIR_MEETINGS));
        return papers.issue(draft, MeetingService.PROCESS_KEY, meeting.key(), convener);
    }

    /**
     * The minutes (BB): who attended (proxies against their members, Đ14.2), per item the discussion, the
     * conclusion and the vote (Đ14.1); signed by the secretary who kept them (Đ12.1) beside the one who chaired.
     */
    IssuedPaper minutes(Meeting meeting, List<AgendaItem> agenda, List<Attendance> attendance, Actor chair,
            MajorityRule majority) {
        Map<String, Object> model = new HashMap<>();
        model.put("meeting", meeting.title());
        model.put("time", spokenTime(meeting));
        model.put("place", meeting.place());
        model.put("chair", chairLine(chair));
        String secretary = meeting.recordedBy() == null ? "Tổ giúp việc Ban Biên tập" : people.name(meeting.recordedBy());
        model.put("secretary", secretary + ", Tổ giúp việc Ban Biên tập");
        model.put("attendees", attendees(attendance));
        List<String> items = new ArrayList<>();
        for (AgendaItem item : agenda) {
            StringBuilder line = new StringBuilder().append(item.position()).append(". ").append(item.title()).append('.');
            if (item.discussion() != null) {
                line.append(" Thảo luận: ").append(item.discussion());
            }
            line.append(" Kết luận: ").append(item.decision() == null ? "chưa kết luận." : item.decision());
            if (item.outcome() != null) {
                line.append(" ").append(votes(item));
            }
            items.add(line.toString());
        }
        model.put("items", items);
        model.put("majority", majority.describe());
        PaperDraft draft = PaperDraft.of(PaperKind.BIEN_BAN, papers.text("bien-ban-hop", model))
                .signedBy(Signer.of(people.name(chair.userId()), "Chủ trì"))
                .alsoSignedBy(Signer.of(secretary, "Thư ký"));
        return papers.issue(draft, MeetingService.PROCESS_KEY, meeting.key(), chair);
    }

    /** "Kết quả biểu quyết: 6 tán thành, 1 không tán thành, 0 không biểu quyết: thông qua." */
    static String votes(AgendaItem item) {
        return "Kết quả biểu quyết: " + (item.votesFor() == null ? 0 : item.votesFor()) + " tán thành, "
                + (item.votesAgainst() == null ? 0 : item.votesAgainst()) + " không tán thành, "
                + (item.votesAbstain() == null ? 0 : item.votesAbstain()) + " không biểu quyết: "
                + item.outcome().label().toLowerCase(java.util.Locale.forLanguageTag("vi-VN")) + ".";
    }

    IssuedPaper conclusion(Meeting meeting, List<AgendaItem> agenda, List<Attendance> attendance,
            List<FollowUp> followUps, Actor chair, MajorityRule majority) {
        Map<String, Object> model = new HashMap<>();
        model.put("chairTitle", office(chair));
        model.put("meeting", meeting.title());
        model.put("meetingDate", meeting.startsAt().atZoneSameInstant(BoardTime.ZONE).toLocalDate());
        model.put("chair", chairLine(chair));
        model.put("attendees", attendees(attendance));
        List<String> conclusions = new ArrayList<>();
        for (AgendaItem item : agenda) {
            StringBuilder line = new StringBuilder().append(item.position()).append(". Về ").append(item.title())
                    .append(": ").append(item.decision() == null ? "Ban Biên tập đã thảo luận, chưa kết luận." : item.decision());
            if (item.outcome() != null) {
                line.append(' ').append(votes(item));
            }
            conclusions.add(line.toString());
        }
        int n = agenda.size();
        for (FollowUp f : followUps) {
            conclusions.add((++n) + ". Giao " + org.name(f.assigneeGroup()).orElse(f.assigneeGroup()) + ": "
                    + f.description() + " Thời hạn hoàn thành: " + BoardTime.DATE.format(f.dueOn()) + ".");
        }
        conclusions.add(majority.describe());
        model.put("conclusions", conclusions);
        PaperDraft draft = PaperDraft.of(PaperKind.THONG_BAO, papers.text("thong-bao-ket-luan", model))
                .withRecipients("Thành viên Ban Biên tập;", "Các cơ quan, đơn vị được giao nhiệm vụ;", "Lưu: VT, TGV.")
                .signedBy(signer(chair, DelegationScope.CHAIR_MEETINGS));
        return papers.issue(draft, MeetingService.PROCESS_KEY, meeting.key(), chair);
    }

    /** The result of a written consultation (TB): the question, the tally, the opinions, the outcome. */
    IssuedPaper consultationResult(Meeting meeting, AgendaItem question, List<Opinion> opinions, Actor signer,
            MajorityRule majority) {
        Map<String, Object> model = new HashMap<>();
        model.put("subject", meeting.title());
        model.put("question", question.title());
        model.put("deadline", BoardTime.format(meeting.replyDue()));
        model.put("consulted", Integer.toString(opinions.size()));
        model.put("tally", question.votesFor() + " đồng ý, " + question.votesAgainst() + " không đồng ý, "
                + question.votesAbstain() + " ý kiến khác, "
                + opinions.stream().filter(o -> o.answer() == ConsultationAnswer.NONE).count() + " không trả lời");
        model.put("outcome", question.outcome().label().toLowerCase(java.util.Locale.forLanguageTag("vi-VN")));
        List<String> lines = new ArrayList<>();
        for (Opinion o : opinions) {
            if (o.comment() != null) {
                lines.add("- " + o.memberName() + " (" + o.answer().label().toLowerCase(java.util.Locale.forLanguageTag(
                        "vi-VN")) + "): " + o.comment());
            }
        }
        if (!lines.isEmpty()) {
            model.put("opinions", lines);
        }
        model.put("majority", majority.describe());
        PaperDraft draft = PaperDraft.of(PaperKind.THONG_BAO, papers.text("thong-bao-ket-qua-xin-y-kien", model))
                .withRecipients("Thành viên Ban Biên tập;", "Lưu: VT, TGV.")
                .signedBy(signer(signer, DelegationScope.SIGN_PAPERS));
        return papers.issue(draft, MeetingService.PROCESS_KEY, meeting.key(), signer);
    }

    /**
     * The head signs in person; a deputy "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN" only under a delegation of {@code scope}
     * in force today, recorded with the paper (the kit's {@link Signatures}, Đ14.3).
     */
    Signer signer(Actor actor, DelegationScope scope) {
        return signatures.of(actor, scope);
    }

    private boolean isDeputy(Actor actor) {
        return actor.memberOf() != null && org.anyOfKind(actor.memberOf(), Set.of(GroupKind.DEPUTY_HEAD))
                && !org.holds(actor.memberOf(), BoardRole.HEAD);
    }

    /** "Trưởng Ban Biên tập", "Phó Trưởng Ban Biên tập": the office as a sentence names it. */
    private String office(Actor actor) {
        return (actor.delegation() != null || isDeputy(actor) ? "Phó Trưởng" : "Trưởng") + " Ban Biên tập";
    }

    private String chairLine(Actor chair) {
        return people.name(chair.userId()) + ", " + office(chair);
    }

    private static String participants(List<Guest> guests) {
        StringBuilder text = new StringBuilder("các thành viên Ban Biên tập; Tổ giúp việc Ban Biên tập");
        if (!guests.isEmpty()) {
            text.append("; khách mời: ");
            List<String> names = new ArrayList<>();
            for (Guest g : guests) {
                names.add(g.name() + (g.jobTitle() == null ? "" : ", " + g.jobTitle())
                        + (g.unit() == null ? "" : ", " + g.unit()));
            }
            text.append(String.join("; ", names));
        }
        return text.toString();
    }

    private static String attendees(List<Attendance> attendance) {
        List<String> present = new ArrayList<>();
        List<String> proxies = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (Attendance a : attendance) {
            Presence presence = a.presence() == null ? a.expectedPresence() : a.presence();
            switch (presence) {
                case PRESENT -> present.add(a.memberName());
                case PROXY -> proxies.add(a.proxyName() + " (" + a.proxyPosition() + ", " + a.proxyUnit()
                        + ") họp thay " + a.memberName());
                case ABSENT -> absent.add(a.memberName());
            }
        }
        StringBuilder text = new StringBuilder("các thành viên Ban Biên tập");
        if (!present.isEmpty()) {
            text.append(" ").append(String.join(", ", present));
        }
        if (!proxies.isEmpty()) {
            text.append("; ").append(String.join("; ", proxies));
        }
        if (!absent.isEmpty()) {
            text.append(". Vắng mặt: ").append(String.join(", ", absent));
        }
        return text.toString();
    }

    /** "08 giờ 00, thứ Năm, ngày 10/12/2026" as invitations write it. */
    static String spokenTime(Meeting meeting) {
        ZonedDateTime at = meeting.startsAt().atZoneSameInstant(BoardTime.ZONE);
        return String.format("%02d giờ %02d, %s, ngày %s", at.getHour(), at.getMinute(), weekday(at.getDayOfWeek()),
                BoardTime.DATE.format(at));
    }

    static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }
}
