package vn.angiang.editorial.royalty;

import java.util.List;

/** Who the members of a group are (the engine's user store): for the members' fee section of a statement. */
public interface BoardMembers {

    record Member(String userId, String name) {
    }

    List<Member> of(String groupId);
}
