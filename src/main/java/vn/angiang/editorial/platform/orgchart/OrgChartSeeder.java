package vn.angiang.editorial.platform.orgchart;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the org chart's groups, people and memberships that do not exist yet. Existing entries
 * are left as they are (an administrator may have changed them in Admin), so seeding can run at
 * every start. Removing someone is done in Admin, not by deleting a line of the file.
 */
@Component
public class OrgChartSeeder {

    private static final Logger log = LoggerFactory.getLogger(OrgChartSeeder.class);

    private final IdentityService identity;

    public OrgChartSeeder(IdentityService identity) {
        this.identity = identity;
    }

    /** @param initialPassword password of newly created people; null leaves it for Admin to set */
    public void seed(OrgChart chart, String initialPassword) {
        int created = 0;
        for (OrgChart.Group g : chart.groups()) {
            if (identity.createGroupQuery().groupId(g.id()).count() == 0) {
                Group group = identity.newGroup(g.id());
                group.setName(g.name());
                group.setType(g.kind().name());
                identity.saveGroup(group);
                created++;
            }
        }
        for (OrgChart.Person p : chart.users()) {
            if (identity.createUserQuery().userId(p.id()).count() == 0) {
                User user = identity.newUser(p.id());
                user.setFirstName(p.firstName());
                user.setLastName(p.lastName());
                user.setEmail(p.email());
                if (initialPassword != null && !initialPassword.isEmpty()) {
                    user.setPassword(initialPassword);
                }
                identity.saveUser(user);
                created++;
            }
            for (String groupId : p.groups()) {
                if (identity.createUserQuery().userId(p.id()).memberOfGroup(groupId).count() == 0) {
                    identity.createMembership(p.id(), groupId);
                    created++;
                }
            }
        }
        log.info("Org chart: {} groups, {} people; {} entries created", chart.groups().size(), chart.users().size(), created);
    }
}
