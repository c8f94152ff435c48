package vn.angiang.editorial.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.DemoProperties;
import vn.angiang.editorial.platform.orgchart.OrgChart;
import vn.angiang.editorial.platform.orgchart.OrgChartSeeder;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.security.AuthorizationSeeder;
import vn.angiang.editorial.platform.security.TasklistFilters;

/**
 * At every start: org chart, authorizations and Tasklist filters, each adding only what is missing.
 * Runs before any process-specific sample data.
 */
@Component
@Order(0)
public record PlatformSetup(OrgDirectory org, DemoProperties demo, OrgChartSeeder orgChartSeeder, AuthorizationSeeder authorizationSeeder, TasklistFilters filters, IdentityService identity) implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        OrgChart chart = org.chart();
        orgChartSeeder.seed(chart, demo.enabled() ? demo.password() : null);
        authorizationSeeder.seed(chart);
        filters.seed();
        requireAnAdministrator();
    }

    /**
     * Without a direct member of camunda-admin, Camunda's Admin app offers anyone the page that
     * creates the first administrator.
     */
    private void requireAnAdministrator() {
        if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            throw new IllegalStateException("Nhóm camunda-admin không có thành viên nào: hãy cấu hình "
                    + "camunda.bpm.admin-user (biến môi trường EDITORIAL_ADMIN_USER, EDITORIAL_ADMIN_PASSWORD)");
        }
    }
}
