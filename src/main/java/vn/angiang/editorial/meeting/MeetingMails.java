package vn.angiang.editorial.meeting;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.notification.MailAttachment;
import vn.angiang.editorial.platform.notification.NotificationProperties;
import vn.angiang.editorial.platform.notification.Outbox;
import vn.angiang.editorial.platform.notification.PublicLinks;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.papers.IssuedPaper;
import vn.angiang.editorial.platform.papers.PaperFormat;
import vn.angiang.editorial.platform.papers.Papers;
import vn.angiang.editorial.platform.process.BoardTime;

/**
 * The meeting's mails, all through the outbox (sent after the step commits): the invitation to every member
 * and guest with the .ics event and the invitation's PDF; the notices to the secretariat (contributions late,
 * replies missing); the conclusion notice to every member (Đ12.1). Texts: {@code templates/mail/meeting-*.txt}.
 */
@Component
public record MeetingMails(Outbox outbox, Papers papers, MeetingPeople people, NotificationProperties mail, Clock clock, PublicLinks links) {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingMails.class);


    /** Where the meeting's documents are listed: {@code GET /api/meetings/{id}/documents}. */
    public String documentsUrl(Meeting meeting) {
        return links.to("/api/meetings/" + meeting.id() + "/documents");
    }

    void invitations(Meeting meeting, IssuedPaper invitation, List<MeetingPeople.Person> members, List<Guest> guests,
            List<AgendaItem> agenda) {
        MailAttachment pdf = paper(invitation);
        String agendaText = String.join("\n", agenda.stream().map(i -> "  " + i.position() + ". " + i.title()).toList());
        String details = "Giấy mời số " + invitation.symbol() + "\n" + agendaText + "\nTài liệu: " + documentsUrl(meeting);
        String summary = "Họp " + meeting.title();
        for (MeetingPeople.Person member : members) {
            if (!people.hasAddress(member)) {
                LOG.info("Meeting {}: {} has no e-mail address, not mailed", meeting.id(), member.userId());
                continue;
            }
            Map<String, Object> model = model(meeting, invitation, agendaText);
            model.put("recipientName", member.name());
            model.put("replyDue", meeting.replyDue());
            outbox.enqueue(member.email(), "meeting-invitation", model, reference(meeting), List.of(
                    MeetingCalendar.invitation(meeting, mail.from(), member.email(), summary, details, clock.instant()),
                    pdf));
        }
        for (Guest guest : guests) {
            if (guest.email() == null) {
                continue;
            }
            Map<String, Object> model = model(meeting, invitation, agendaText);
            model.put("recipientName", guest.name());
            outbox.enqueue(guest.email(), "meeting-invitation", model, reference(meeting), List.of(
                    MeetingCalendar.invitation(meeting, mail.from(), guest.email(), summary, details, clock.instant()),
                    pdf));
        }
    }

    void lateContributions(Meeting meeting, List<String> groupNames) {
        secretariat(meeting, BoardRole.SECRETARIAT_LEAD, "đến hạn nộp tài liệu, chưa nhận được ý kiến đóng góp của",
                groupNames);
    }

    void missingReplies(Meeting meeting, List<String> memberNames) {
        secretariat(meeting, BoardRole.SECRETARIAT, "đến hạn trả lời giấy mời, chưa nhận được trả lời của", memberNames);
    }

    private void secretariat(Meeting meeting, BoardRole role, String subject, List<String> names) {
        for (MeetingPeople.Person person : people.members(role)) {
            if (!people.hasAddress(person)) {
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("recipientName", person.name());
            model.put("meetingTitle", meeting.title());
            model.put("meetingTime", BoardTime.format(meeting.startsAt()));
            model.put("subject", subject);
            model.put("names", String.join("\n", names.stream().map(n -> "  - " + n).toList()));
            model.put("documentsUrl", documentsUrl(meeting));
            outbox.enqueue(person.email(), "meeting-secretariat-notice", model, reference(meeting));
        }
    }

    void conclusion(Meeting meeting, IssuedPaper notice, List<MeetingPeople.Person> members) {
        MailAttachment pdf = paper(notice);
        for (MeetingPeople.Person member : members) {
            if (!people.hasAddress(member)) {
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("recipientName", member.name());
            model.put("symbol", notice.symbol());
            model.put("meetingTitle", meeting.title());
            model.put("about", meeting.kind() == MeetingKind.CONSULTATION
                    ? "kết quả xin ý kiến thành viên Ban Biên tập về " + meeting.title()
                    : "kết luận của " + notice.signedBy() + " tại cuộc họp " + meeting.title() + " ngày "
                            + BoardTime.DATE.format(meeting.startsAt()));
            model.put("documentsUrl", documentsUrl(meeting));
            outbox.enqueue(member.email(), "meeting-conclusion", model, reference(meeting), List.of(pdf));
        }
    }

    /** A reminder of a task about to be due, to the people who can work it. */
    public void reminder(Meeting meeting, MeetingPeople.Person person, String taskName, String due, String taskUrl) {
        if (!people.hasAddress(person)) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("recipientName", person.name());
        model.put("taskName", taskName);
        model.put("meetingTitle", meeting.title());
        model.put("meetingTime", BoardTime.format(meeting.startsAt()));
        model.put("due", due);
        model.put("taskUrl", taskUrl);
        outbox.enqueue(person.email(), "meeting-reminder", model, reference(meeting));
    }

    private Map<String, Object> model(Meeting meeting, IssuedPaper invitation, String agendaText) {
        Map<String, Object> model = new HashMap<>();
        model.put("symbol", invitation.symbol());
        model.put("meetingTitle", meeting.title());
        model.put("kindLabel", meeting.kind().label() + (meeting.shortNotice() ? ", giấy mời gửi gấp" : ""));
        model.put("meetingTime", MeetingPapers.spokenTime(meeting));
        model.put("place", meeting.place());
        model.put("chair", invitation.signedBy());
        model.put("agenda", agendaText);
        model.put("documentsUrl", documentsUrl(meeting));
        return model;
    }

    private MailAttachment paper(IssuedPaper paper) {
        byte[] pdf = papers.file(paper.id(), PaperFormat.PDF).orElseThrow();
        return new MailAttachment(paper.fileName(PaperFormat.PDF), PaperFormat.PDF.mediaType(), pdf);
    }

    private static String reference(Meeting meeting) {
        return "meeting:" + meeting.id();
    }
}
