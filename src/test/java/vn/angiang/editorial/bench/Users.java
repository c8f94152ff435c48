package vn.angiang.editorial.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Acting as a logged-in official, as the REST API does for each request: the user and their groups
 * are set as the engine's authentication of the calling thread, so authorization applies. The group
 * lists are looked up once.
 */
final class Users {

    private final IdentityService identity;
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

    Users(IdentityService identity) {
        this.identity = identity;
    }

    void as(String userId, Runnable work) {
        List<String> memberOf = groups.computeIfAbsent(userId, id ->
                identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList());
        identity.setAuthentication(userId, memberOf);
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }
}
