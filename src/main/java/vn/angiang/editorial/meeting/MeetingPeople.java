package vn.angiang.editorial.meeting;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.notification.Outbox;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;

/** The people of a meeting as the engine's directory knows them: the board's members, names, addresses. */
@Component
public record MeetingPeople(IdentityService identity, OrgDirectory org) {

    /** A person to invite or tell. */
    public record Person(String userId, String name, String email) {
    }


    /** Every member of the board (the group of {@link BoardRole#BOARD_MEMBERS}: the head and deputies too). */
    public List<Person> boardMembers() {
        return members(BoardRole.BOARD_MEMBERS);
    }

    public List<Person> members(BoardRole role) {
        return membersOf(org.group(role));
    }

    public List<Person> membersOf(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(MeetingPeople::person).toList();
    }

    public Optional<Person> find(String userId) {
        return Optional.ofNullable(userId).map(id -> identity.createUserQuery().userId(id).singleResult())
                .map(MeetingPeople::person);
    }

    /** "Nguyễn Văn Hùng", or the id of someone the directory does not know. */
    public String name(String userId) {
        return find(userId).map(Person::name).orElse(userId);
    }

    public boolean hasAddress(Person person) {
        return person.email() != null && Outbox.isValidAddress(person.email());
    }

    private static Person person(User u) {
        String name = ((u.getFirstName() == null ? "" : u.getFirstName().strip()) + " "
                + (u.getLastName() == null ? "" : u.getLastName().strip())).strip();
        return new Person(u.getId(), name.isEmpty() ? u.getId() : name, u.getEmail() == null ? null : u.getEmail().strip());
    }
}
