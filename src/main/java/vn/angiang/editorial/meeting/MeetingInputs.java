package vn.angiang.editorial.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What people send at each step, already read from the form (the process's variables class reads it). */
public final class MeetingInputs {

    private MeetingInputs() {
    }

    /** The start form: who asks for a meeting, of which kind, about what (time and place may come later). */
    public record Request(MeetingKind kind, String title, String reason, OffsetDateTime startsAt, String place) {
    }

    /** The secretariat's agenda (Đ12.1): when, where, what, who is invited besides the members (Đ6.3). */
    public record Agenda(String title, OffsetDateTime startsAt, String place, OffsetDateTime contributionsDue,
            List<AgendaItem> items, List<Guest> guests) {
    }

    /** A document the IT center prepared (Đ11.9): its title and where it is kept. */
    public record Document(String title, String link) {
    }

    /** A member's answer to the invitation (Đ14.2). */
    public record Answer(Reply reply, String proxyName, String proxyPosition, String proxyUnit, String note) {
    }

    /** The record of the meeting: presence of each member, and per agenda item the discussion and the vote. */
    public record Held(List<PresenceEntry> presence, List<DecisionEntry> decisions, List<FollowUpEntry> followUps) {
    }

    public record PresenceEntry(String memberId, Presence presence) {
    }

    public record DecisionEntry(int position, String discussion, String decision, Integer votesFor,
            Integer votesAgainst, Integer votesAbstain) {
    }

    public record FollowUpEntry(Integer agendaPosition, String description, String assigneeGroup, LocalDate dueOn) {
    }
}
