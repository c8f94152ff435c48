package vn.angiang.editorial.platform.orgchart;

import java.util.ArrayList;
import java.util.List;

/** Groups and people of the Editorial Board, as read from the org chart files. */
public record OrgChart(List<Group> groups, List<Person> users) {

    public OrgChart {
        groups = groups == null ? List.of() : List.copyOf(groups);
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * A Camunda group; {@code field} is set for a board member's field group (Đ10.3), {@code role} for
     * the group that holds one of the offices of the regulation, {@code infoDutyPerMonth} for an agency that
     * owes the portal that many items a month (Đ5.3, Đ16.2; the number is the board's, null: none set).
     */
    public record Group(String id, GroupKind kind, String name, String field, BoardRole role, Integer infoDutyPerMonth) {

        public Group(String id, GroupKind kind, String name, String field, BoardRole role) {
            this(id, kind, name, field, role, null);
        }

        public Group(String id, GroupKind kind, String name, String field) {
            this(id, kind, name, field, null, null);
        }
    }

    public record Person(String id, String firstName, String lastName, String email, List<String> groups) {
        public Person {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    /** Later files add to earlier ones. */
    public OrgChart plus(OrgChart other) {
        List<Group> allGroups = new ArrayList<>(groups);
        allGroups.addAll(other.groups);
        List<Person> allUsers = new ArrayList<>(users);
        allUsers.addAll(other.users);
        return new OrgChart(allGroups, allUsers);
    }
}
