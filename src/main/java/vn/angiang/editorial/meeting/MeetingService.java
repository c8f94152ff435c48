package vn.angiang.editorial.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.angiang.editorial.platform.audit.AuditFact;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.delegation.Delegation;
import vn.angiang.editorial.platform.delegation.DelegationScope;
import vn.angiang.editorial.platform.delegation.Delegations;
import vn.angiang.editorial.platform.notification.Outbox;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgChart;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.platform.validation.PlainText;

/**
 * The rules of a meeting, step by step, testable without an engine: who may convene (Đ15.2, Đ14.3), what an
 * agenda needs (Đ12.1) and how early a regular meeting's invitation goes out (Quyết định 45/2018/QĐ-TTg, on
 * the working-day calendar), replies and proxies (Đ14.2), the record and its votes (Đ14.1), the conclusion
 * notice (Đ12.1). Bad input is refused in Vietnamese, field by field, and changes nothing.
 */
@Service
public record MeetingService(MeetingRepository repository, MeetingRules rules, MeetingPeople people, MeetingPapers papers, MeetingMails mails, Delegations delegations, OrgDirectory org, WorkingDayCalendar workingDays, AuditTrail trail, Clock clock) {

    public static final String PROCESS_KEY = "meeting-convocation";

    static final int MAX_TITLE = 500;
    static final int MAX_TEXT = 2000;
    static final int MAX_NAME = 200;


    public Meeting get(long id) {
        return repository.find(id).orElseThrow(() -> new IllegalStateException("Không có cuộc họp số " + id));
    }

    public Optional<Meeting> find(long id) {
        return repository.find(id);
    }

    /** Every meeting, newest first. */
    public List<Meeting> list() {
        return repository.list();
    }

    public MeetingRules rules() {
        return rules;
    }

    /** The meeting the instance carries, checked against the instance it was bound to (no rebinding). */
    public long bound(long id, String processInstanceId) {
        Meeting meeting = get(id);
        if (meeting.processInstanceId() != null && !meeting.processInstanceId().equals(processInstanceId)) {
            throw new IllegalStateException("Cuộc họp " + id + " thuộc lượt chạy khác");
        }
        return id;
    }

    // ---- convening ------------------------------------------------------------------------------------

    /**
     * A convocation started from Tasklist. The head convenes any meeting; a deputy head only under a delegation
     * «Triệu tập, chủ trì cuộc họp» in force today (Đ15.2, Đ14.3); the secretariat lead prepares one when the
     * head asks (quy định nội bộ), the head then approves the invitation. Anyone else is refused.
     *
     * @return the new meeting's id
     */
    public long request(Actor starter, MeetingInputs.Request request, String processInstanceId) {
        Actor actor = convener(starter);
        InputRefused.Collector problems = new InputRefused.Collector();
        if (request.kind() == null) {
            problems.add("kind", "Hãy chọn loại cuộc họp: thường kỳ hoặc đột xuất.");
        }
        String title = text(problems, "title", "Tên cuộc họp", request.title(), MAX_TITLE, true);
        String reason = text(problems, "reason", "Lý do, yêu cầu", request.reason(), MAX_TEXT,
                request.kind() != MeetingKind.REGULAR);
        boolean meets = request.kind() != MeetingKind.CONSULTATION;
        String place = meets ? text(problems, "place", "Địa điểm", request.place(), MAX_TITLE, false) : null;
        OffsetDateTime startsAt = meets ? request.startsAt() : null;
        if (startsAt != null && !startsAt.isAfter(now())) {
            problems.add("startsAt", "Thời gian họp phải sau thời điểm hiện tại.");
        }
        problems.throwIfAny();
        long id = repository.create(request.kind(), title, reason, startsAt, place, actor.userId(), now());
        repository.bindInstance(id, processInstanceId);
        record(id, "meetingRequested", actor, MeetingAction.REQUEST, null, reason, request.kind().code());
        return id;
    }

    /** The half-year's regular meeting, opened by the timer (Đ15.2: "họp thường kỳ 6 tháng một lần"). */
    public long openRegular(String processInstanceId) {
        OffsetDateTime now = now();
        int half = now.getMonthValue() <= 6 ? 1 : 2;
        String title = "thường kỳ " + (half == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + now.getYear()
                + " của Ban Biên tập Cổng thông tin điện tử tỉnh";
        long id = repository.create(MeetingKind.REGULAR, title, "Điều 15 khoản 2 Quy chế: họp thường kỳ 6 tháng một lần.",
                null, null, Actor.SYSTEM, now);
        repository.bindInstance(id, processInstanceId);
        record(id, "halfYearStarted", Actor.system(), MeetingAction.REQUEST, null, null, MeetingKind.REGULAR.code());
        return id;
    }

    /** Who convenes: the head, a deputy with a delegation in force (recorded so), or the secretariat lead. */
    Actor convener(Actor starter) {
        Set<String> groups = starter.memberOf() == null ? Set.of() : starter.memberOf();
        if (org.holds(groups, BoardRole.HEAD)) {
            return starter.inGroup(org.group(BoardRole.HEAD));
        }
        if (org.anyOfKind(groups, Set.of(GroupKind.DEPUTY_HEAD))) {
            Delegation delegation = delegations.heldBy(starter.userId(), DelegationScope.CHAIR_MEETINGS)
                    .orElseThrow(() -> InputRefused.of("Phó Trưởng ban chỉ triệu tập cuộc họp của Ban Biên tập khi "
                            + "được Trưởng ban ủy quyền «" + DelegationScope.CHAIR_MEETINGS.label()
                            + "» còn hiệu lực hôm nay (Điều 15 khoản 2, Điều 14 khoản 3 Quy chế)."));
            String group = org.firstOfKind(groups, Set.of(GroupKind.DEPUTY_HEAD)).orElseThrow();
            return starter.inGroup(group).underDelegation(delegation.delegatorId(), delegation.reference());
        }
        if (org.holds(groups, BoardRole.SECRETARIAT_LEAD)) {
            return starter.inGroup(org.group(BoardRole.SECRETARIAT_LEAD));
        }
        throw InputRefused.of("Chỉ Trưởng ban, Phó Trưởng ban được ủy quyền hoặc Tổ trưởng Tổ giúp việc (theo yêu cầu "
                + "của Trưởng ban) được triệu tập cuộc họp của Ban Biên tập (Điều 15 khoản 2 Quy chế).");
    }

    // ---- preparation ----------------------------------------------------------------------------------

    /**
     * The secretariat's agenda (Đ12.1). A regular meeting must leave the invitation its notice: the last day to
     * send it, {@link #latestInvitationDay}, may not have passed (Quyết định 45/2018/QĐ-TTg); an ad hoc
     * meeting may be shorter. Contributions and documents are due before the invitation goes out.
     */
    public Meeting planAgenda(long id, Actor actor, MeetingInputs.Agenda agenda, String taskId) {
        Meeting meeting = get(id);
        InputRefused.Collector problems = new InputRefused.Collector();
        String title = text(problems, "title", "Tên cuộc họp", agenda.title(), MAX_TITLE, true);
        String place = text(problems, "place", "Địa điểm", agenda.place(), MAX_TITLE, true);
        OffsetDateTime now = now();
        OffsetDateTime startsAt = agenda.startsAt();
        if (startsAt == null) {
            problems.add("startsAt", "Hãy ghi thời gian họp (ngày, giờ).");
        } else if (!startsAt.isAfter(now)) {
            problems.add("startsAt", "Thời gian họp phải sau thời điểm hiện tại.");
        } else if (meeting.kind() == MeetingKind.REGULAR && latestInvitationDay(startsAt).isBefore(today())) {
            problems.add("startsAt", "Họp thường kỳ: giấy mời phải gửi trước ngày họp ít nhất "
                    + rules.invitationNoticeDays() + " ngày làm việc (" + MeetingRules.INVITATION_NOTICE_SOURCE
                    + "); với ngày họp này, hạn gửi giấy mời là ngày "
                    + BoardTime.DATE.format(latestInvitationDay(startsAt)) + ", đã qua. Hãy chọn ngày họp muộn hơn.");
        }
        OffsetDateTime due = agenda.contributionsDue();
        if (due == null) {
            problems.add("contributionsDue", "Hãy ghi hạn nộp tài liệu và ý kiến đóng góp.");
        } else if (!due.isAfter(now)) {
            problems.add("contributionsDue", "Hạn nộp tài liệu phải sau thời điểm hiện tại.");
        } else if (startsAt != null && !problems.has("startsAt") && !due.isBefore(startsAt)) {
            problems.add("contributionsDue", "Hạn nộp tài liệu phải trước giờ họp.");
        } else if (startsAt != null && !problems.has("startsAt") && meeting.kind() == MeetingKind.REGULAR
                && localDay(due).isAfter(latestInvitationDay(startsAt))) {
            problems.add("contributionsDue", "Họp thường kỳ: tài liệu phải xong trước khi gửi giấy mời, chậm nhất ngày "
                    + BoardTime.DATE.format(latestInvitationDay(startsAt)) + ".");
        }
        List<AgendaItem> items = new ArrayList<>();
        if (agenda.items() == null || agenda.items().isEmpty()) {
            problems.add("agendaItems", "Chương trình họp phải có ít nhất một nội dung.");
        } else {
            Set<String> fields = fieldGroups().keySet();
            for (AgendaItem item : agenda.items()) {
                String itemTitle = text(problems, "agendaItems", "Nội dung " + (items.size() + 1), item.title(),
                        MAX_TITLE, true);
                String presenter = text(problems, "agendaItems", "Người trình bày", item.presenter(), MAX_NAME, false);
                String field = blankToNull(item.field());
                if (field != null && !fields.contains(field)) {
                    problems.add("agendaItems", "Lĩnh vực «" + field + "» không có trong sơ đồ tổ chức.");
                }
                items.add(AgendaItem.planned(items.size() + 1, itemTitle, field, presenter));
            }
        }
        List<Guest> guests = new ArrayList<>();
        for (Guest guest : agenda.guests() == null ? List.<Guest>of() : agenda.guests()) {
            String name = text(problems, "guests", "Họ tên khách mời", guest.name(), MAX_NAME, true);
            String jobTitle = text(problems, "guests", "Chức vụ khách mời", guest.jobTitle(), MAX_NAME, false);
            String unit = text(problems, "guests", "Cơ quan, đơn vị", guest.unit(), MAX_TITLE, false);
            String email = blankToNull(guest.email());
            if (email != null && !Outbox.isValidAddress(email)) {
                problems.add("guests", "Địa chỉ thư điện tử của khách mời «" + guest.name() + "» không hợp lệ.");
            }
            guests.add(new Guest(guests.size() + 1, name, jobTitle, unit, email));
        }
        problems.throwIfAny();
        repository.plan(id, title, startsAt, place, due, replyDue(startsAt), items, guests);
        record(id, "draftAgenda", actor, MeetingAction.DRAFT_AGENDA, taskId, null,
                BoardTime.format(startsAt) + ", " + items.size() + " nội dung");
        return get(id);
    }

    /**
     * The groups of the fields the agenda names: each has a member who contributes (Đ10.8). A field whose group
     * has nobody working in it gets no task (nobody would see it).
     */
    public List<String> contributorGroups(long id) {
        Map<String, String> byField = fieldGroups();
        return repository.agenda(id).stream().map(AgendaItem::field).filter(Objects::nonNull).distinct()
                .map(byField::get).filter(Objects::nonNull).filter(org::hasActiveMember).toList();
    }

    /** field code → the group of its member (org chart: {@code field:}) */
    public Map<String, String> fieldGroups() {
        return org.chart().groups().stream().filter(g -> g.field() != null && g.kind() == GroupKind.BOARD_MEMBER)
                .collect(Collectors.toMap(OrgChart.Group::field, OrgChart.Group::id, (a, b) -> a));
    }

    /** The IT center's documents and the conditions of the meeting (Đ11.9). */
    public void addDocuments(long id, Actor actor, List<MeetingInputs.Document> documents, String note, String taskId) {
        InputRefused.Collector problems = new InputRefused.Collector();
        List<MeetingInputs.Document> checked = new ArrayList<>();
        for (MeetingInputs.Document d : documents == null ? List.<MeetingInputs.Document>of() : documents) {
            String title = text(problems, "documents", "Tên tài liệu", d.title(), MAX_TITLE, true);
            String link = link(problems, "documents", d.link());
            checked.add(new MeetingInputs.Document(title, link));
        }
        String comment = text(problems, "documentsNote", "Ghi chú", note, MAX_TEXT, false);
        if (checked.isEmpty() && comment == null) {
            problems.add("documents", "Hãy ghi ít nhất một tài liệu, hoặc ghi chú vì sao chưa có tài liệu.");
        }
        problems.throwIfAny();
        boolean late = isLate(id);
        for (MeetingInputs.Document d : checked) {
            repository.addMaterial(id, Material.DOCUMENT, org.group(BoardRole.IT_CENTER), actor.userId(), d.title(),
                    null, d.link(), late, now());
        }
        record(id, "prepareDocuments", actor, MeetingAction.PREPARE_DOCUMENTS, taskId, comment,
                checked.size() + " tài liệu" + (late ? ", sau hạn" : ""));
    }

    /** A member's contribution to the items of their field (Đ10.8). */
    public void contribute(long id, Actor actor, String group, String content, String link, String taskId) {
        InputRefused.Collector problems = new InputRefused.Collector();
        String text = text(problems, "contribution", "Ý kiến đóng góp", content, MAX_TEXT * 2, true);
        String checkedLink = link(problems, "contributionLink", link);
        problems.throwIfAny();
        boolean late = isLate(id);
        repository.addMaterial(id, Material.CONTRIBUTION, group, actor.userId(), org.name(group).orElse(group), text,
                checkedLink, late, now());
        record(id, "contributeToAgenda", actor, MeetingAction.CONTRIBUTE, taskId, null, group);
    }

    /** The contributions still missing when the deadline passed: recorded, the secretariat told. */
    public void contributionsLate(long id, List<String> missingGroups) {
        for (String group : missingGroups) {
            repository.addMaterial(id, Material.CONTRIBUTION, group, null, org.name(group).orElse(group), null, null,
                    true, now());
            record(id, "contributionsClosed", Actor.system(), MeetingAction.CONTRIBUTION_LATE, null, null, group);
        }
        if (!missingGroups.isEmpty()) {
            mails.lateContributions(get(id), missingGroups.stream().map(g -> org.name(g).orElse(g)).toList());
        }
    }

    private boolean isLate(long id) {
        OffsetDateTime due = get(id).contributionsDue();
        return due != null && now().isAfter(due);
    }

    // ---- invitation -----------------------------------------------------------------------------------

    /**
     * The head's (or the delegated deputy's) decision on the invitation. Approving a regular meeting whose
     * invitation can no longer leave in time is refused: the agenda goes back to the secretariat for a later date.
     */
    public void decideInvitation(long id, Actor actor, MeetingOutcome outcome, String comment, String taskId) {
        Meeting meeting = get(id);
        String note = checkDecision(outcome, comment, "invitationDecision", "invitationComment");
        if (outcome == MeetingOutcome.APPROVE && meeting.kind() == MeetingKind.REGULAR
                && latestInvitationDay(meeting.startsAt()).isBefore(today())) {
            throw new InputRefused("invitationDecision", "Họp thường kỳ: giấy mời phải gửi trước ngày họp ít nhất "
                    + rules.invitationNoticeDays() + " ngày làm việc (" + MeetingRules.INVITATION_NOTICE_SOURCE
                    + "), hạn gửi là ngày " + BoardTime.DATE.format(latestInvitationDay(meeting.startsAt()))
                    + ". Hãy chọn «Trả lại» để Tổ giúp việc dời ngày họp.");
        }
        record(id, "approveInvitation", actor, outcome == MeetingOutcome.APPROVE ? MeetingAction.APPROVE_INVITATION
                : MeetingAction.RETURN_INVITATION, taskId, note, null);
    }

    /**
     * Issues the invitation (GM) signed by whoever approved it, invites every member of the board and the guests
     * (mail with the .ics event and the invitation), records who convenes and chairs.
     *
     * @return the members who reply (every member but the one who convenes and chairs)
     */
    public List<String> invite(long id, Actor convener) {
        Meeting meeting = get(id);
        boolean shortNotice = meeting.kind() == MeetingKind.AD_HOC
                && latestInvitationDay(meeting.startsAt()).isBefore(today());
        if (meeting.kind() == MeetingKind.REGULAR && latestInvitationDay(meeting.startsAt()).isBefore(today())) {
            throw new IllegalStateException("Giấy mời họp thường kỳ " + id + " không còn đủ thời hạn gửi");
        }
        repository.markInvited(id, convener.userId(), convener.delegation(), shortNotice);
        List<MeetingPeople.Person> members = people.boardMembers().stream()
                .filter(p -> !p.userId().equals(convener.userId())).toList();
        members.forEach(p -> repository.invite(id, p.userId(), p.name()));
        meeting = get(id);
        IssuedPaper invitation = papers.invitation(meeting, repository.agenda(id), repository.guests(id),
                repository.materials(id), convener);
        mails.invitations(meeting, invitation, members, repository.guests(id), repository.agenda(id));
        if (shortNotice) {
            record(id, "sendInvitation", convener, MeetingAction.SHORT_NOTICE, null,
                    "Họp đột xuất: giấy mời gửi ít hơn " + rules.invitationNoticeDays() + " ngày làm việc trước ngày họp",
                    null);
        }
        record(id, "sendInvitation", convener, MeetingAction.INVITE, null, null, invitation.symbol());
        return members.stream().map(MeetingPeople.Person::userId).toList();
    }

    /**
     * The last day a regular meeting's invitation may leave: the {@code invitationNoticeDays}-th working day
     * before the meeting's day (3 by default: a meeting on Monday is invited on the Wednesday before at the
     * latest), on the working-day calendar.
     */
    public LocalDate latestInvitationDay(OffsetDateTime startsAt) {
        return workingDays.addWorkingDays(localDay(startsAt), -rules.invitationNoticeDays());
    }

    /** Replies are due {@code replyDaysBefore} working days before the meeting, same time; at the latest at its start. */
    OffsetDateTime replyDue(OffsetDateTime startsAt) {
        if (startsAt == null) {
            return null;
        }
        OffsetDateTime due = BoardTime.local(workingDays.before(Date.from(startsAt.toInstant()),
                rules.replyDaysBefore()).toInstant().atOffset(startsAt.getOffset()));
        return due.isAfter(now()) ? due : BoardTime.local(startsAt);
    }

    // ---- replies --------------------------------------------------------------------------------------

    /**
     * A member's reply. Đ14.2: a member who cannot attend authorises an official of their unit ("cán bộ có trách
     * nhiệm") to attend for them and answers for that official's opinions: the proxy's name, position and unit
     * are required, recorded against the member; a proxy cannot be another member of the board (who attends in
     * their own right) nor a person without a position.
     */
    public void reply(long id, String memberId, Actor actor, MeetingInputs.Answer answer, String taskId) {
        InputRefused.Collector problems = new InputRefused.Collector();
        if (!memberId.equals(actor.userId())) {
            throw InputRefused.of("Chỉ thành viên được mời trả lời giấy mời của mình.");
        }
        if (answer.reply() == null || answer.reply() == Reply.NONE) {
            problems.add("reply", "Hãy chọn: dự họp, không dự họp, hoặc ủy quyền người họp thay.");
        }
        String proxyName = null;
        String proxyPosition = null;
        String proxyUnit = null;
        if (answer.reply() == Reply.PROXY) {
            proxyName = text(problems, "proxyName", "Họ tên người họp thay", answer.proxyName(), MAX_NAME, true);
            proxyPosition = text(problems, "proxyPosition", "Chức vụ người họp thay", answer.proxyPosition(),
                    MAX_NAME, true);
            proxyUnit = text(problems, "proxyUnit", "Cơ quan, đơn vị người họp thay", answer.proxyUnit(), MAX_TITLE,
                    true);
            if (proxyName != null) {
                String wanted = normalized(proxyName);
                boolean isMember = people.boardMembers().stream().anyMatch(p -> normalized(p.name()).equals(wanted));
                if (isMember) {
                    problems.add("proxyName", "Người họp thay phải là cán bộ của đơn vị, không phải thành viên Ban Biên "
                            + "tập khác (thành viên đó dự họp với tư cách của mình) (Điều 14 khoản 2 Quy chế).");
                }
            }
        }
        String note = text(problems, "replyNote", "Ghi chú", answer.note(), MAX_TEXT, answer.reply() == Reply.DECLINE);
        problems.throwIfAny();
        repository.recordReply(id, memberId, answer.reply(), proxyName, proxyPosition, proxyUnit, note, now());
        record(id, "replyToInvitation", actor, MeetingAction.REPLY, taskId, note,
                answer.reply().code() + (proxyName == null ? "" : ": " + proxyName + ", " + proxyPosition + ", " + proxyUnit));
    }

    /** Members who did not reply by the deadline: recorded as such and the secretariat told. */
    public List<Attendance> flagMissingReplies(long id) {
        List<Attendance> missing = repository.attendance(id).stream().filter(a -> a.reply() == Reply.NONE).toList();
        for (Attendance a : missing) {
            record(id, "replyDeadlinePassed", Actor.system(), MeetingAction.NO_REPLY, null, null, a.memberId());
        }
        if (!missing.isEmpty()) {
            mails.missingReplies(get(id), missing.stream().map(Attendance::memberName).toList());
        }
        return missing;
    }

    public List<Attendance> attendance(long id) {
        return repository.attendance(id);
    }

    public List<AgendaItem> agenda(long id) {
        return repository.agenda(id);
    }

    public List<Guest> guests(long id) {
        return repository.guests(id);
    }

    public List<Material> materials(long id) {
        return repository.materials(id);
    }

    public List<FollowUp> followUps(long id) {
        return repository.followUps(id);
    }

    // ---- the meeting ------------------------------------------------------------------------------------

    /**
     * The secretariat's record of the meeting: who attended (present, by proxy, absent), per agenda item the
     * discussion and the decision with its votes; the outcome follows the majority rule ({@link MajorityRule},
     * Đ14.1). Votes cannot exceed those attending; a proxy's presence needs a proxy named in the reply.
     */
    public void recordHeld(long id, Actor actor, MeetingInputs.Held held, String taskId) {
        Meeting meeting = get(id);
        if (meeting.startsAt() != null && now().isBefore(meeting.startsAt())) {
            throw InputRefused.of("Cuộc họp chưa diễn ra (bắt đầu lúc " + BoardTime.format(meeting.startsAt())
                    + "): chưa thể ghi biên bản.");
        }
        InputRefused.Collector problems = new InputRefused.Collector();
        Map<String, Attendance> invited = repository.attendance(id).stream()
                .collect(Collectors.toMap(Attendance::memberId, Function.identity()));
        Map<String, Presence> given = new HashMap<>();
        for (MeetingInputs.PresenceEntry entry : held.presence() == null ? List.<MeetingInputs.PresenceEntry>of()
                : held.presence()) {
            Attendance a = invited.get(entry.memberId());
            if (a == null) {
                problems.add("attendance", "«" + entry.memberId() + "» không có trong danh sách được mời.");
            } else if (entry.presence() == null) {
                problems.add("attendance", "Hãy ghi " + a.memberName() + " có mặt, họp thay hay vắng mặt.");
            } else if (entry.presence() == Presence.PROXY && a.proxyName() == null) {
                problems.add("attendance", a.memberName() + " không ủy quyền ai họp thay: hãy ghi có mặt hoặc vắng mặt.");
            } else {
                given.put(entry.memberId(), entry.presence());
            }
        }
        List<Attendance> attendance = invited.values().stream().map(a -> new Attendance(a.memberId(), a.memberName(),
                a.reply(), a.proxyName(), a.proxyPosition(), a.proxyUnit(), a.note(), a.repliedAt(),
                given.getOrDefault(a.memberId(), a.expectedPresence()))).toList();
        // the one who chairs is a member too, present by definition
        int members = attendance.size() + 1;
        int attending = (int) attendance.stream().filter(a -> a.presence().attends()).count() + 1;
        MajorityRule majority = MajorityRule.of(rules);
        Map<Integer, AgendaItem> agenda = repository.agenda(id).stream()
                .collect(Collectors.toMap(AgendaItem::position, Function.identity()));
        List<AgendaItem> decided = new ArrayList<>();
        for (MeetingInputs.DecisionEntry d : held.decisions() == null ? List.<MeetingInputs.DecisionEntry>of()
                : held.decisions()) {
            AgendaItem item = agenda.get(d.position());
            if (item == null) {
                problems.add("decisions", "Nội dung số " + d.position() + " không có trong chương trình họp.");
                continue;
            }
            String label = "Nội dung " + d.position();
            String discussion = text(problems, "decisions", label + ": tóm tắt thảo luận", d.discussion(), MAX_TEXT * 2,
                    false);
            String decision = text(problems, "decisions", label + ": kết luận", d.decision(), MAX_TEXT, false);
            VoteOutcome outcome = null;
            boolean voted = d.votesFor() != null || d.votesAgainst() != null || d.votesAbstain() != null;
            if (voted) {
                int yes = orZero(d.votesFor());
                int no = orZero(d.votesAgainst());
                int abstain = orZero(d.votesAbstain());
                if (yes < 0 || no < 0 || abstain < 0) {
                    problems.add("decisions", label + ": số phiếu không được âm.");
                } else if (yes + no + abstain > attending) {
                    problems.add("decisions", label + ": tổng số phiếu (" + (yes + no + abstain)
                            + ") vượt số thành viên dự họp (" + attending + ", kể cả người họp thay).");
                } else if (decision == null) {
                    problems.add("decisions", label + ": hãy ghi nội dung được biểu quyết.");
                } else {
                    outcome = majority.outcome(yes, attending, members);
                }
            }
            decided.add(new AgendaItem(item.position(), item.title(), item.field(), item.presenter(), discussion,
                    decision, d.votesFor(), d.votesAgainst(), d.votesAbstain(), outcome));
        }
        List<FollowUp> followUps = new ArrayList<>();
        Set<String> assignable = assignableGroups();
        for (MeetingInputs.FollowUpEntry f : held.followUps() == null ? List.<MeetingInputs.FollowUpEntry>of()
                : held.followUps()) {
            String label = "Nhiệm vụ " + (followUps.size() + 1);
            String description = text(problems, "followUpItems", label + ": nội dung", f.description(), MAX_TEXT, true);
            if (f.assigneeGroup() == null || !assignable.contains(f.assigneeGroup())) {
                problems.add("followUpItems", label + ": hãy chọn đơn vị được giao trong danh sách.");
            } else if (!org.hasActiveMember(f.assigneeGroup())) {
                problems.add("followUpItems", label + ": «" + org.name(f.assigneeGroup()).orElse(f.assigneeGroup())
                        + "» chưa có người dùng nào trong hệ thống, việc giao sẽ không ai nhận: hãy chọn đơn vị khác.");
            }
            if (f.dueOn() == null) {
                problems.add("followUpItems", label + ": hãy ghi hạn hoàn thành.");
            } else if (!f.dueOn().isAfter(today())) {
                problems.add("followUpItems", label + ": hạn hoàn thành phải sau hôm nay.");
            }
            if (f.agendaPosition() != null && !agenda.containsKey(f.agendaPosition())) {
                problems.add("followUpItems", label + ": nội dung số " + f.agendaPosition() + " không có trong chương trình.");
            }
            followUps.add(new FollowUp(followUps.size() + 1, f.agendaPosition(), description, f.assigneeGroup(),
                    f.dueOn(), FollowUp.OPEN, null, null, null));
        }
        problems.throwIfAny();
        repository.recordHeld(id, actor.userId(), attendance, decided);
        repository.replaceFollowUps(id, followUps);
        record(id, "recordMeeting", actor, MeetingAction.RECORD, taskId, null,
                attending + "/" + members + " dự họp; " + decided.stream().filter(i -> i.outcome() != null).count()
                        + " biểu quyết");
    }

    /** Who a conclusion may give work to: the board's offices and members, the secretariat, agencies (Đ16.2). */
    public Set<String> assignableGroups() {
        Set<GroupKind> kinds = Set.of(GroupKind.BOARD_MEMBER, GroupKind.IT_CENTER, GroupKind.SECRETARIAT,
                GroupKind.AGENCY, GroupKind.DEPUTY_HEAD);
        Set<String> groups = new LinkedHashSet<>();
        org.chart().groups().stream().filter(g -> kinds.contains(g.kind())).forEach(g -> groups.add(g.id()));
        return groups;
    }

    /** The chair's decision on the minutes (Đ7.5, Đ14.3: chairs and concludes). */
    public void decideMinutes(long id, Actor actor, MeetingOutcome outcome, String comment, String taskId) {
        String note = checkDecision(outcome, comment, "minutesDecision", "minutesComment");
        record(id, "approveMinutes", actor, outcome == MeetingOutcome.APPROVE ? MeetingAction.APPROVE_MINUTES
                : MeetingAction.RETURN_MINUTES, taskId, note, null);
    }

    /**
     * Issues the minutes (BB, signed by the secretary who kept them and the one who chaired) and the conclusion
     * notice (TB) signed by the one who chaired, sends the notice to every member (Đ12.1: "thông báo kết quả cuộc
     * họp đến các thành viên"), closes the meeting.
     *
     * @return the positions of the follow-up work it assigns
     */
    public List<Integer> conclude(long id, Actor chair) {
        Meeting meeting = get(id);
        List<Attendance> attendance = repository.attendance(id);
        papers.minutes(meeting, repository.agenda(id), attendance, chair, MajorityRule.of(rules));
        IssuedPaper notice = papers.conclusion(meeting, repository.agenda(id), attendance, repository.followUps(id),
                chair, MajorityRule.of(rules));
        repository.markConcluded(id, now());
        List<MeetingPeople.Person> everyone = people.boardMembers();
        mails.conclusion(get(id), notice, everyone);
        record(id, "issueConclusion", chair, MeetingAction.CONCLUDE, null, null, notice.symbol());
        return repository.followUps(id).stream().map(FollowUp::position).toList();
    }

    /** When the conclusion notice is due: {@code conclusionDays} working days after the meeting's day. */
    public Date conclusionDue(long id) {
        return workingDays.after(Date.from(get(id).startsAt().toInstant()), rules.conclusionDays());
    }

    /** When the record of the meeting is due: {@code minutesDays} working days after the meeting's day. */
    public Date recordDue(long id) {
        return workingDays.after(Date.from(get(id).startsAt().toInstant()), rules.minutesDays());
    }

    public FollowUp followUp(long id, int position) {
        return repository.followUps(id).stream().filter(f -> f.position() == position).findFirst()
                .orElseThrow(() -> new IllegalStateException("Cuộc họp " + id + " không có nhiệm vụ " + position));
    }

    /** A follow-up reported done by the group it was given to. */
    public void followUpDone(long id, int position, Actor actor, String report, String taskId) {
        InputRefused.Collector problems = new InputRefused.Collector();
        String text = text(problems, "followUpReport", "Kết quả thực hiện", report, MAX_TEXT, true);
        problems.throwIfAny();
        repository.markFollowUpDone(id, position, text, actor.userId(), now());
        record(id, "carryOutFollowUp", actor, MeetingAction.FOLLOW_UP_DONE, taskId, text, Integer.toString(position));
    }

    /** A reminder of {@code taskName} sent to those who can work it. */
    public void reminded(long id, String element, String taskName, String due) {
        record(id, element, Actor.system(), MeetingAction.REMIND, null, "Nhắc hạn «" + taskName + "», đến hạn " + due,
                null);
    }

    /** {@code taskName} is overdue: who was told, and who may take it over. */
    public void escalated(long id, String element, String taskId, String taskName, String told) {
        record(id, element, Actor.system(), MeetingAction.ESCALATE, taskId, "«" + taskName + "» quá hạn; đã báo "
                + told, null);
    }

    // ---- written consultation (Đ12.1: "các vấn đề Ban Biên tập cần xin ý kiến") ------------------------

    /**
     * The secretariat sends a question to every member instead of meeting: its text, the documents' link, the
     * deadline for answers.
     *
     * @return the members asked
     */
    public List<String> consult(long id, Actor actor, String question, String details, String link,
            OffsetDateTime answersDue, String taskId) {
        Meeting meeting = get(id);
        InputRefused.Collector problems = new InputRefused.Collector();
        String checkedQuestion = text(problems, "question", "Vấn đề xin ý kiến", question, MAX_TITLE, true);
        String checkedDetails = text(problems, "reason", "Nội dung, lý do", details, MAX_TEXT * 2, false);
        String checkedLink = link(problems, "consultationLink", link);
        if (answersDue == null) {
            problems.add("answersDue", "Hãy ghi hạn trả lời.");
        } else if (!answersDue.isAfter(now())) {
            problems.add("answersDue", "Hạn trả lời phải sau thời điểm hiện tại.");
        }
        problems.throwIfAny();
        repository.markConsulting(id, meeting.title(), checkedDetails, answersDue, checkedQuestion);
        if (checkedLink != null) {
            repository.addMaterial(id, Material.DOCUMENT, org.group(BoardRole.SECRETARIAT), actor.userId(),
                    "Tài liệu xin ý kiến", null, checkedLink, false, now());
        }
        List<MeetingPeople.Person> members = people.boardMembers();
        members.forEach(p -> repository.consult(id, p.userId(), p.name()));
        record(id, "draftConsultation", actor, MeetingAction.CONSULT, taskId, checkedQuestion,
                BoardTime.format(answersDue));
        return members.stream().map(MeetingPeople.Person::userId).toList();
    }

    /** A member's written answer; a disagreement or another proposal says why (its text). */
    public void answer(long id, String memberId, Actor actor, ConsultationAnswer answer, String comment,
            String taskId) {
        if (!memberId.equals(actor.userId())) {
            throw InputRefused.of("Chỉ thành viên được xin ý kiến trả lời phiếu của mình.");
        }
        InputRefused.Collector problems = new InputRefused.Collector();
        if (answer == null || answer == ConsultationAnswer.NONE) {
            problems.add("opinion", "Hãy chọn: đồng ý, không đồng ý, hoặc ý kiến khác.");
        }
        String text = text(problems, "opinionComment", "Ý kiến", comment, MAX_TEXT * 2,
                answer == ConsultationAnswer.DISAGREE || answer == ConsultationAnswer.OTHER);
        problems.throwIfAny();
        repository.recordOpinion(id, memberId, answer, text, now());
        record(id, "answerConsultation", actor, MeetingAction.ANSWER, taskId, text, answer.code());
    }

    /**
     * The tally when every member answered or the deadline passed: members without an answer are recorded; the
     * question passes by the majority rule, those who answered standing for those attending (Đ14.1; the basis
     * and quorum are the board's own rule, {@link MeetingRules}).
     */
    public VoteOutcome tally(long id) {
        List<Opinion> opinions = repository.opinions(id);
        for (Opinion o : opinions) {
            if (o.answer() == ConsultationAnswer.NONE) {
                record(id, "tallyConsultation", Actor.system(), MeetingAction.NO_REPLY, null, null, o.memberId());
            }
        }
        int agree = count(opinions, ConsultationAnswer.AGREE);
        int disagree = count(opinions, ConsultationAnswer.DISAGREE);
        int other = count(opinions, ConsultationAnswer.OTHER);
        VoteOutcome outcome = MajorityRule.of(rules).outcome(agree, agree + disagree + other, opinions.size());
        repository.recordTally(id, agree, disagree, other, outcome);
        record(id, "tallyConsultation", Actor.system(), MeetingAction.TALLY, null, null,
                agree + "/" + disagree + "/" + other + "/" + opinions.size() + ": " + outcome.code());
        return outcome;
    }

    public List<Opinion> opinions(long id) {
        return repository.opinions(id);
    }

    /** The result notice (TB) signed by the head, or a deputy under delegation, sent to every member (Đ12.1). */
    public void concludeConsultation(long id, Actor signer, String taskNote) {
        Meeting meeting = get(id);
        IssuedPaper notice = papers.consultationResult(meeting, repository.agenda(id).get(0), repository.opinions(id),
                signer, MajorityRule.of(rules));
        repository.markConcluded(id, now());
        mails.conclusion(get(id), notice, people.boardMembers());
        record(id, "issueConsultationResult", signer, MeetingAction.CONCLUDE, null, taskNote, notice.symbol());
    }

    /** When the result notice is due: {@code conclusionDays} working days after the answers' deadline. */
    public Date consultationResultDue(long id) {
        return workingDays.after(Date.from(get(id).replyDue().toInstant()), rules.conclusionDays());
    }

    private static int count(List<Opinion> opinions, ConsultationAnswer answer) {
        return (int) opinions.stream().filter(o -> o.answer() == answer).count();
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private String checkDecision(MeetingOutcome outcome, String comment, String decisionField, String commentField) {
        InputRefused.Collector problems = new InputRefused.Collector();
        if (outcome == null) {
            problems.add(decisionField, "Hãy chọn: đồng ý hoặc trả lại.");
        }
        String note = text(problems, commentField, "Ý kiến", comment, MAX_TEXT, outcome == MeetingOutcome.RETURN);
        problems.throwIfAny();
        return note;
    }

    private void record(long id, String element, Actor actor, MeetingAction action, String taskId, String comment,
            String detail) {
        trail.record(PROCESS_KEY, Long.toString(id), element, actor,
                AuditFact.of(action.code(), now()).withTask(taskId).withComment(comment).withDetail(detail));
    }

    /** A text field: stripped, checked for length and characters a paper or a mail cannot carry; null when blank. */
    static String text(InputRefused.Collector problems, String field, String label, String value, int max,
            boolean required) {
        String stripped = blankToNull(value);
        if (stripped == null) {
            if (required) {
                problems.add(field, label + " không được để trống.");
            }
            return null;
        }
        if (stripped.length() > max) {
            problems.add(field, label + " dài quá " + max + " ký tự.");
            return null;
        }
        String unsafe = PlainText.unsafeCharacters(stripped);
        if (unsafe != null) {
            problems.add(field, label + " " + unsafe);
            return null;
        }
        return stripped;
    }

    private static String link(InputRefused.Collector problems, String field, String value) {
        String link = blankToNull(value);
        if (link != null && (link.length() > 1000 || !link.matches("https?://[^\\s<>\"]+"))) {
            problems.add(field, "Đường dẫn tài liệu phải là một địa chỉ http:// hoặc https:// (không có khoảng trắng).");
            return null;
        }
        return link;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.forLanguageTag("vi-VN"));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private OffsetDateTime now() {
        return BoardTime.local(OffsetDateTime.now(clock));
    }

    private LocalDate today() {
        return now().toLocalDate();
    }

    private static LocalDate localDay(OffsetDateTime time) {
        return time.atZoneSameInstant(BoardTime.ZONE).toLocalDate();
    }

    static ZonedDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(BoardTime.ZONE);
    }
}
