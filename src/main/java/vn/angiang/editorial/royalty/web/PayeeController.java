package vn.angiang.editorial.royalty.web;

import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.validation.NotAllowed;
import vn.angiang.editorial.royalty.Payee;
import vn.angiang.editorial.royalty.PayeeBank;
import vn.angiang.editorial.royalty.RoyaltyInputs.BankInput;
import vn.angiang.editorial.royalty.RoyaltyInputs.PayeeInput;
import vn.angiang.editorial.royalty.RoyaltyPayments;

/**
 * The payee register and payees' bank details (Đ11.7), for the IT center that pays and the head who signs
 * financial papers (Đ7.6): {@code GET/POST /api/royalties/payees}, {@code GET/PUT /api/royalties/payees/{id}/bank}.
 * Who may is decided from the signed-in user's groups, never from what the client sends; the IT center alone
 * writes. Anyone else is answered as if there were nothing.
 */
@RestController
record PayeeController(RoyaltyPayments payments, Actors actors, OrgDirectory org) {

    static final String NOT_FOUND = "Không tìm thấy thông tin người nhận trong số hồ sơ bạn được xem.";
    static final Set<GroupKind> READERS = Set.of(GroupKind.IT_CENTER, GroupKind.BOARD_HEAD);
    static final Set<GroupKind> WRITERS = Set.of(GroupKind.IT_CENTER);


    @GetMapping("/api/royalties/payees")
    List<Payee> payees() {
        allowed(READERS);
        return payments.payees();
    }

    @PostMapping("/api/royalties/payees")
    Payee register(@RequestBody PayeeInput request) {
        return payments.register(request, allowed(WRITERS));
    }

    @GetMapping("/api/royalties/payees/{payeeId}/bank")
    PayeeBank bank(@PathVariable long payeeId) {
        allowed(READERS);
        return payments.bank(payeeId).orElseThrow(() -> new NotAllowed("Chưa có tài khoản ngân hàng của người nhận này."));
    }

    @PutMapping("/api/royalties/payees/{payeeId}/bank")
    PayeeBank saveBank(@PathVariable long payeeId, @RequestBody BankInput request) {
        return payments.saveBank(payeeId, request, allowed(WRITERS));
    }

    /** The IT center records a registered payee's commitment 08/CK-TNCN for a year. */
    @PostMapping("/api/royalties/payees/{payeeId}/commitments")
    ResponseEntity<Void> commitment(@PathVariable long payeeId,
            @RequestBody CommitmentRequest request) {
        payments.recordCommitment(payeeId, request.year(), request.reference(), allowed(WRITERS));
        return ResponseEntity.noContent().build();
    }

    record CommitmentRequest(Integer year, String reference) {
    }

    private Actor allowed(Set<GroupKind> kinds) {
        Actor user = actors.signedIn().orElseThrow(() -> new NotAllowed(NOT_FOUND));
        if (user.memberOf() == null || !org.anyOfKind(user.memberOf(), kinds)) {
            throw new NotAllowed(NOT_FOUND);
        }
        return user;
    }
}
