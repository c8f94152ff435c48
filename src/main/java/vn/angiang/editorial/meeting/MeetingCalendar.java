package vn.angiang.editorial.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import vn.angiang.editorial.platform.notification.MailAttachment;

/**
 * The iCalendar event (RFC 5545, {@code METHOD:REQUEST}) sent with each invitation, so the meeting lands in the
 * member's calendar. Times are written in UTC: every calendar shows them in its own zone, no time-zone table
 * needs to travel with the event.
 */
public final class MeetingCalendar {

    /** The calendar blocks this long; the invitation names only the start (quy định nội bộ: half a day's session). */
    public static final Duration BLOCKED = Duration.ofHours(3);
    public static final String FILE_NAME = "giay-moi-hop.ics";
    public static final String MEDIA_TYPE = "text/calendar; method=REQUEST";

    private MeetingCalendar() {
    }

    /**
     * The event of {@code meeting} for one invitee.
     *
     * @param organizer the address invitations are sent from
     * @param attendee  the invitee's address
     * @param summary   what the calendar shows as the title
     * @param details   the text under it: agenda, invitation number, where the documents are
     */
    public static MailAttachment invitation(Meeting meeting, String organizer, String attendee, String summary,
            String details, Instant now) {
        VEvent event = new VEvent(meeting.startsAt().toInstant(), meeting.startsAt().toInstant().plus(BLOCKED), summary);
        event.replace(new DtStamp(now));
        event.add(new Uid("meeting-" + meeting.id() + "@" + domain(organizer)));
        event.add(new Sequence(0));
        event.add(new Location(meeting.place() == null ? "" : meeting.place()));
        event.add(new Description(details));
        event.add(new Organizer("mailto:" + organizer));
        event.add(new Attendee("mailto:" + attendee));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Ban Bien tap Cong thong tin dien tu tinh An Giang//Hop//VI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.REQUEST);
        calendar.add(event);
        return new MailAttachment(FILE_NAME, MEDIA_TYPE, calendar.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "bbt.local" : address.substring(at + 1);
    }
}
