package vn.angiang.editorial.platform.delegation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.angiang.editorial.platform.audit.AuditAccess;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.validation.NotAllowed;

/**
 * The delegations of the head's authority (authenticated, under {@code /api}): {@code GET
 * /api/delegations[?all=true]} for the board and those who oversee it; {@code POST /api/delegations}
 * (the head, or an administrator with the head's paper); {@code POST /api/delegations/{id}/revoke}.
 * Who acts is always the signed-in user.
 */
@RestController
public record DelegationController(Delegations delegations, Actors actors, AuditAccess access) {

    @GetMapping("/api/delegations")
    public List<DelegationView> list(@RequestParam(defaultValue = "false") boolean all) {
        if (!access.readsEveryTrail(signedIn())) {
            throw new NotAllowed("Chỉ thành viên Ban Biên tập, người giám sát và quản trị viên được xem ủy quyền.");
        }
        LocalDate today = delegations.today();
        return delegations.list(all).stream().map(d -> DelegationView.of(d, today)).toList();
    }

    @PostMapping("/api/delegations")
    public ResponseEntity<DelegationView> record(@Valid @RequestBody DelegationRequest request) {
        Delegation recorded = delegations.record(signedIn(), request);
        return ResponseEntity.status(HttpStatus.CREATED).body(DelegationView.of(recorded, delegations.today()));
    }

    @PostMapping("/api/delegations/{id}/revoke")
    public DelegationView revoke(@PathVariable long id) {
        return DelegationView.of(delegations.revoke(signedIn(), id), delegations.today());
    }

    /** /api is authenticated by the REST filter: a request without a user never gets here. */
    private Actor signedIn() {
        return actors.signedIn().orElseThrow(() -> new IllegalStateException("/api without authentication"));
    }

    /** A delegation as officials read it: scopes with their labels, and whether it is in force today. */
    public record DelegationView(String reference, String delegatorId, String delegateId, List<String> scopes,
            List<String> scopeLabels, LocalDate validFrom, LocalDate validTo, String paperRef, String createdBy,
            boolean inForceToday, boolean revoked) {

        static DelegationView of(Delegation d, LocalDate today) {
            List<DelegationScope> scopes = d.scopes().stream().sorted().toList();
            return new DelegationView(d.reference(), d.delegatorId(), d.delegateId(),
                    scopes.stream().map(Coded::code).toList(), scopes.stream().map(Coded::label).toList(),
                    d.validFrom(), d.validTo(), d.paperRef(), d.createdBy(),
                    scopes.stream().anyMatch(s -> d.inForce(s, today)), d.revokedAt() != null);
        }
    }
}
