package vn.angiang.editorial.platform.process;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Actor} of a call from the engine's authentication (REST and the webapps
 * authenticate every call); no variable, header or path a client sends takes part.
 */
@Component
public class Actors {

    private final IdentityService identity;

    public Actors(IdentityService identity) {
        this.identity = identity;
    }

    /** The authenticated user, if any. */
    public Optional<String> currentUserId() {
        return Optional.ofNullable(identity.getCurrentAuthentication()).map(Authentication::getUserId);
    }

    /** The signed-in user acting in {@code group}, with their groups; the application itself when nobody is signed in. */
    public Actor current(String group) {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Actor.system().inGroup(group);
        }
        List<String> groups = authentication.getGroupIds();
        Set<String> memberOf = groups != null ? Set.copyOf(groups) : groupsOf(authentication.getUserId());
        return new Actor(authentication.getUserId(), group, memberOf, null, null);
    }

    /** The signed-in user with their groups (in no group yet), or empty when nobody is signed in. */
    public Optional<Actor> signedIn() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? Optional.empty()
                : Optional.of(current(null));
    }

    /** The groups a user belongs to. */
    public Set<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
    }

    /** The display name of a group as the engine knows it. */
    public Optional<String> groupName(String groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.createGroupQuery().groupId(groupId).singleResult()).map(Group::getName);
    }
}
