package vn.angiang.editorial.platform.delegation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.papers.Signer;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.validation.NotAllowed;

/**
 * Who signs a paper of the board (Đ14.3: the head signs the board's papers): the head in person ("TRƯỞNG
 * BAN"), or a deputy head under a delegation of the scope in force today ("KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN",
 * the delegation recorded with the paper); anyone else may not.
 */
@Component
public record Signatures(Delegations delegations, OrgDirectory org, IdentityService identity) {

    static final String HEAD = "Trưởng Ban";
    static final String DEPUTY = "Phó Trưởng Ban";

    public Signer of(Actor actor, DelegationScope scope) {
        if (actor.memberOf() != null && org.holds(actor.memberOf(), BoardRole.HEAD)) {
            return Signer.of(fullName(actor.userId()), HEAD);
        }
        Delegation delegation = delegations.heldBy(actor.userId(), scope).orElseThrow(() -> new NotAllowed(
                "Văn bản này do Trưởng ban ký, hoặc Phó Trưởng ban ký thay khi có ủy quyền «" + scope.label()
                        + "» còn hiệu lực (Đ8.1, Đ14.3 Quy chế)."));
        return Signer.deputy(fullName(actor.userId()), DEPUTY, HEAD).underDelegation(delegation.reference());
    }

    private String fullName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
