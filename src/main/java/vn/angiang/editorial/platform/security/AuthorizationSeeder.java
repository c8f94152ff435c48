package vn.angiang.editorial.platform.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.OrgChart;

/** Applies {@link AuthorizationTable} to every group of the org chart; adds only what is missing. */
@Component
public class AuthorizationSeeder {

    private final AuthorizationService authorizations;

    public AuthorizationSeeder(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void seed(OrgChart chart) {
        for (OrgChart.Group group : chart.groups()) {
            for (AuthorizationTable.Grant grant : AuthorizationTable.GRANTS) {
                if (grant.kinds().contains(group.kind())) {
                    ensureGranted(group.id(), grant);
                }
            }
        }
    }

    private void ensureGranted(String groupId, AuthorizationTable.Grant grant) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        boolean changed = existing == null;
        if (existing == null) {
            authorization.setGroupId(groupId);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        }
        for (Permission permission : grant.permissions()) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
