package vn.angiang.editorial.platform.orgchart;

import java.util.List;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.operations.DataHealth;

/**
 * {@code taskGroups} on the health page: UP while every group of the org chart that receives tasks has
 * an active member ({@link OrgDirectory#hasActiveMember}), {@link DataHealth#WARN} otherwise, with the
 * groups in the details (shown only where the health endpoint shows details).
 */
@Component
public class TaskGroupsHealthIndicator implements HealthIndicator {

    private final OrgDirectory org;

    public TaskGroupsHealthIndicator(OrgDirectory org) {
        this.org = org;
    }

    @Override
    public Health health() {
        List<OrgChart.Group> empty = org.taskGroupsWithoutActiveMember();
        if (empty.isEmpty()) {
            return Health.up().build();
        }
        return DataHealth.warn(empty.size() + " nhóm nhận việc chưa có thành viên nào đang hoạt động: việc giao cho"
                        + " các nhóm này không ai nhìn thấy")
                .withDetail("groupsWithoutMembers", empty.stream().map(OrgChart.Group::id).toList())
                .build();
    }
}
