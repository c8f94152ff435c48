package vn.angiang.editorial.platform.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The filters every official finds in Tasklist on first login, sorted by due date so the most
 * urgent work is on top. The queries use expressions resolved for whoever looks at them.
 */
@Component
public record TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {

    /** Task variables shown in each filter's list, so an official sees what a task is about. */
    private static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
            Map.of("name", "itemTitle", "label", "Tiêu đề"));

    public void seed() {
        ensure("Việc của tôi", -10, "#1f6fb2", "Công việc tôi đã nhận",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure("Việc chưa nhận của nhóm tôi", -9, "#2e8540", "Công việc giao cho nhóm của tôi, chưa ai nhận",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        // a deputy is a candidate user of the head's tasks only under a delegation in force (platform.tasks.HeadTasks)
        ensure("Việc Trưởng ban ủy quyền", -8, "#7d3c98", "Việc của Trưởng ban tôi được ủy quyền làm thay, chưa ai nhận",
                tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").withCandidateUsers()
                        .taskUnassigned());
        ensure("Việc quá hạn", -7, "#c0392b", "Công việc của tôi hoặc nhóm tôi đã quá hạn xử lý",
                tasks.createTaskQuery().dueBeforeExpression("${now()}")
                        .or()
                        .taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .endOr());
    }

    private void ensure(String name, int priority, String color, String description, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name)
                .setQuery(query.orderByDueDate().asc())
                .setProperties(Map.of(
                        "priority", priority,
                        "color", color,
                        "description", description,
                        "refresh", true,
                        "variables", SHOWN_VARIABLES));
        filters.saveFilter(filter);
        var everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(filter.getId());
        everyone.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyone);
    }
}
