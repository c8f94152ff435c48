package vn.angiang.editorial.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.angiang.editorial.platform.calendar.HolidayCoverageCheck;
import vn.angiang.editorial.platform.calendar.WorkingDayCalendar;
import vn.angiang.editorial.platform.orgchart.EmptyTaskGroupsCheck;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;

/**
 * The data checks on the demo application (H2): the health page warns about the holiday table and about
 * groups that receive tasks without an active member, and each problem is mailed once — to the
 * administrators (holidays) or the IT center (groups) — not again at the next run or start, and again
 * once it has been solved and comes back.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:data-alerts;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.process-engine-name=dataAlertsTest",
        // the test runs the checks itself
        "editorial.operations.checks-enabled=false"})
@Import(DataAlertsTest.Today.class)
class DataAlertsTest {

    /** A clock the test sets. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now();

        void set(LocalDate day) {
            now = ZonedDateTime.of(day.atTime(9, 0), WorkingDayCalendar.ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return WorkingDayCalendar.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired MovableClock clock;
    @Autowired HolidayCoverageCheck holidays;
    @Autowired EmptyTaskGroupsCheck groups;
    @Autowired AdminAlerts alerts;
    @Autowired OrgDirectory org;
    @Autowired IdentityService identity;
    @Autowired HealthEndpoint health;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void today() {
        clock.set(LocalDate.of(2026, 12, 2));
    }

    List<Map<String, Object>> mails(String template) {
        return jdbc.sql("SELECT recipient, subject, body FROM notification_outbox WHERE template = :t ORDER BY id")
                .param("t", template).query().listOfRows();
    }

    HealthComponent component(String name) {
        return ((SystemHealth) health.health()).getComponents().get(name);
    }

    @Test
    void aHolidayTableEndingWithinTwelveMonthsWarnsAndIsMailedToTheAdministratorsOnce() {
        clock.set(LocalDate.of(2026, 12, 2));
        assertThat(component("holidayTable").getStatus()).isEqualTo(Status.UP);
        holidays.check();
        assertThat(mails(HolidayCoverageCheck.TEMPLATE)).as("the table with 2028 is enough in 2026").isEmpty();

        // six months before the table (2025–2028) ends
        clock.set(LocalDate.of(2028, 6, 30));
        assertThat(component("holidayTable").getStatus().getCode()).isEqualTo("WARN");
        assertThat(health.health().getStatus()).as("the node still serves").isEqualTo(Status.UP);
        assertThat(health.healthForPath("data").getStatus().getCode()).isEqualTo("WARN");
        holidays.check();
        holidays.check();
        new DailyChecks(List.of(holidays), true).run(null);   // as at the next start
        assertThat(mails(HolidayCoverageCheck.TEMPLATE)).singleElement().satisfies(mail -> {
            assertThat(mail.get("RECIPIENT")).isEqualTo("demo@bbt.angiang.local");
            assertThat(mail.get("SUBJECT").toString()).contains("Cần bổ sung năm 2029");
            assertThat(mail.get("BODY").toString()).contains("chỉ có đến hết năm 2028", "đến ngày 30/06/2029");
        });
        assertThat(alerts.isOpen("holiday-coverage:2028")).isTrue();

        // the table is extended (here: today moves back into its range): the alert is closed
        clock.set(LocalDate.of(2026, 12, 2));
        holidays.check();
        assertThat(alerts.isOpen("holiday-coverage:2028")).isFalse();
        assertThat(mails(HolidayCoverageCheck.TEMPLATE)).hasSize(1);
    }

    @Test
    void groupsThatReceiveTasksWithoutAnActiveMemberWarnAndAreMailedToTheItCenterOnceEach() {
        // the demo org chart: no one in Sở Tư pháp, nor in most communes
        assertThat(org.hasActiveMember("agency-health")).isTrue();
        assertThat(org.hasActiveMember("agency-justice")).isFalse();
        assertThat(org.taskGroupsWithoutActiveMember()).extracting(g -> g.id())
                .contains("agency-justice", "commune-cho-moi").doesNotContain("it-center", "agency-health", "managers");
        assertThat(component("taskGroups").getStatus().getCode()).isEqualTo("WARN");
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        groups.check();
        groups.check();
        List<Map<String, Object>> first = mails(EmptyTaskGroupsCheck.TEMPLATE);
        assertThat(first).extracting(m -> m.get("RECIPIENT"))
                .containsExactlyInAnyOrder("ttth.an@bbt.angiang.local", "ttth.binh@bbt.angiang.local");
        assertThat(first.get(0).get("BODY").toString()).contains("  - Sở Tư pháp (agency-justice, mới)");

        // someone without a password cannot sign in: the group is still empty
        User clerk = identity.newUser("stp.vanthu");
        clerk.setFirstName("Văn thư");
        clerk.setLastName("Sở Tư pháp");
        clerk.setEmail("vanthu@stp.angiang.local");
        identity.saveUser(clerk);
        identity.createMembership("stp.vanthu", "agency-justice");
        assertThat(org.hasActiveMember("agency-justice")).isFalse();

        // with a password the group has its member: its alert is closed, nothing is mailed
        clerk = identity.createUserQuery().userId("stp.vanthu").singleResult();
        clerk.setPassword("mat-khau-tam-2026");
        identity.saveUser(clerk);
        assertThat(org.hasActiveMember("agency-justice")).isTrue();
        groups.check();
        assertThat(alerts.isOpen("empty-group:agency-justice")).isFalse();
        assertThat(alerts.isOpen("empty-group:commune-cho-moi")).isTrue();
        assertThat(mails(EmptyTaskGroupsCheck.TEMPLATE)).hasSize(2);

        // the clerk leaves: the group is mailed again, as the only new one
        identity.deleteMembership("stp.vanthu", "agency-justice");
        groups.check();
        List<Map<String, Object>> all = mails(EmptyTaskGroupsCheck.TEMPLATE);
        assertThat(all).hasSize(4);
        assertThat(all.get(3).get("BODY").toString()).contains("  - Sở Tư pháp (agency-justice, mới)")
                .contains("(commune-cho-moi)\n").doesNotContain("commune-cho-moi, mới");
        identity.deleteUser("stp.vanthu");
    }
}
