package vn.angiang.editorial.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import vn.angiang.editorial.platform.notification.MailAttachment;

/** The invitation's iCalendar event: a request calendars accept, at the meeting's time, in UTC, Vietnamese intact. */
class MeetingCalendarTest {

    static final Meeting MEETING = new Meeting(42, MeetingKind.REGULAR, MeetingStatus.INVITED,
            "thường kỳ 6 tháng đầu năm 2027", null, OffsetDateTime.of(2027, 3, 11, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
            "Phòng họp Sở Khoa học và Công nghệ, 82 Tôn Đức Thắng", null, null, false, "system", "truongban", null, null,
            null, null, null);

    @Test
    void theEventIsARequestAtTheMeetingsTimeForOneAttendee() throws Exception {
        MailAttachment ics = MeetingCalendar.invitation(MEETING, "bbt@bbt.angiang.gov.vn", "tv.kinhte@bbt.angiang.gov.vn",
                "Họp thường kỳ 6 tháng đầu năm 2027", "Giấy mời số 3/GM-BBT\n  1. Kế hoạch; 2. Nhuận bút",
                Instant.parse("2027-03-01T02:00:00Z"));
        assertThat(ics.fileName()).isEqualTo("giay-moi-hop.ics");
        assertThat(ics.mediaType()).isEqualTo("text/calendar; method=REQUEST");
        String text = new String(ics.content(), StandardCharsets.UTF_8);
        assertThat(text).contains("METHOD:REQUEST", "DTSTART:20270311T010000Z", "DTEND:20270311T040000Z",
                "UID:meeting-42@bbt.angiang.gov.vn", "ORGANIZER:mailto:bbt@bbt.angiang.gov.vn",
                "ATTENDEE:mailto:tv.kinhte@bbt.angiang.gov.vn", "DTSTAMP:20270301T020000Z");

        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        VEvent event = parsed.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Họp thường kỳ 6 tháng đầu năm 2027");
        assertThat(event.getLocation().getValue()).isEqualTo("Phòng họp Sở Khoa học và Công nghệ, 82 Tôn Đức Thắng");
        assertThat(event.getDescription().getValue()).contains("Giấy mời số 3/GM-BBT", "2. Nhuận bút");
    }
}
