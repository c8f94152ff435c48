package vn.angiang.editorial.royalty.process;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.notification.EngineDirectory;
import vn.angiang.editorial.royalty.BoardMembers;

/** The members of a group from the engine's user store, whoever drafts (the monthly timer has no user). */
@Component
public record EngineBoardMembers(IdentityService identity) implements BoardMembers {

    @Override
    public List<Member> of(String groupId) {
        return EngineDirectory.withoutAuthorization(() -> identity.createUserQuery().memberOfGroup(groupId)
                .orderByUserId().asc().list().stream()
                .map(u -> new Member(u.getId(), (nullToEmpty(u.getFirstName()) + " " + nullToEmpty(u.getLastName())).strip()))
                .toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
