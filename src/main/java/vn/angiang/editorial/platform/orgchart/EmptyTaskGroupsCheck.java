package vn.angiang.editorial.platform.orgchart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.notification.PublicLinks;
import vn.angiang.editorial.platform.operations.AdminAlerts;
import vn.angiang.editorial.platform.operations.DailyCheck;

/**
 * Mails the IT center (Đ11: the board's standing office, which routes the work) when groups of the org
 * chart that receive tasks have no active member ({@link OrgDirectory#taskGroupsWithoutActiveMember}):
 * tasks given to them wait where nobody sees them. Each group is mailed once while it stays empty (key
 * {@code empty-group:<group id>}); a mail lists every empty group and says which are new. A group that
 * gets a member is forgotten, so it is mailed again should it become empty. When nobody of the IT center
 * has an e-mail address (the IT center itself may be the empty group) the administrators are mailed.
 * Template {@value #TEMPLATE}.
 */
@Component
public record EmptyTaskGroupsCheck(OrgDirectory org, AdminAlerts alerts, PublicLinks links) implements DailyCheck {

    public static final String TEMPLATE = "empty-task-groups";
    static final String KEY = "empty-group:";


    @Override
    public String name() {
        return "groups that receive tasks without members";
    }

    @Override
    public void check() {
        List<OrgChart.Group> empty = org.taskGroupsWithoutActiveMember();
        List<String> keys = empty.stream().map(g -> KEY + g.id()).toList();
        alerts.resolve(KEY, keys);
        if (empty.isEmpty()) {
            return;
        }
        List<String> groups = new ArrayList<>();
        for (OrgChart.Group g : empty) {
            groups.add(g.name() + " (" + g.id() + (alerts.isOpen(KEY + g.id()) ? ")" : ", mới)"));
        }
        alerts.raise(keys, TEMPLATE, Map.of("groups", groups, "count", Integer.toString(empty.size()), "adminUrl", links.admin("groups")),
                List.of(org.group(BoardRole.IT_CENTER), Groups.CAMUNDA_ADMIN), "alert:empty-groups");
    }
}
