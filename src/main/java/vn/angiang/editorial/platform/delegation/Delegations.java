package vn.angiang.editorial.platform.delegation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.angiang.editorial.platform.audit.AuditFact;
import vn.angiang.editorial.platform.audit.AuditTrail;
import vn.angiang.editorial.platform.orgchart.BoardRole;
import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Actors;
import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.process.Coded;
import vn.angiang.editorial.platform.validation.InputRefused;
import vn.angiang.editorial.platform.validation.NotAllowed;

/**
 * The delegations of the head's authority (Đ8.1–8.2): recorded by the head, or by an administrator
 * from the head's paper; in force from/to a day, for some scopes; revoked, never deleted. Every
 * process asks here whether a deputy may act for the head today. One delegate per scope at a time
 * (quy định nội bộ: the tasks of the head must have one answer to "who acts now").
 */
@Service
public class Delegations {

    /** The audit trail's process key for delegations. */
    public static final String AUDIT_KEY = "delegation";

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final Actors actors;
    private final AuditTrail trail;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public Delegations(JdbcClient jdbc, OrgDirectory org, Actors actors, AuditTrail trail, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.org = org;
        this.actors = actors;
        this.trail = trail;
        this.clock = clock;
        this.events = events;
    }

    /** Today in the board's zone: delegations are in force by whole days. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BoardTime.ZONE));
    }

    /** The delegation under which {@code userId} may act for the head in {@code scope} today, if any. */
    public Optional<Delegation> heldBy(String userId, DelegationScope scope) {
        return inForce(scope, today()).filter(d -> d.delegateId().equals(userId));
    }

    /** The delegation in force for {@code scope} on {@code day}, if any. */
    public Optional<Delegation> inForce(DelegationScope scope, LocalDate day) {
        return jdbc.sql(SELECT + """
                WHERE d.revoked_at IS NULL AND d.valid_from <= :day AND d.valid_to >= :day
                   AND EXISTS (SELECT 1 FROM delegation_scope s WHERE s.delegation_id = d.id AND s.scope = :scope)
                 ORDER BY d.id""")
                .param("day", day).param("scope", scope.code()).query(this::rows).stream().findFirst();
    }

    /** Every delegation not yet ended (or all, with ended ones), newest first. */
    public List<Delegation> list(boolean withEnded) {
        String where = withEnded ? "" : " WHERE d.revoked_at IS NULL AND d.valid_to >= :day";
        return jdbc.sql(SELECT + where + " ORDER BY d.id DESC").param("day", today()).query(this::rows);
    }

    public Optional<Delegation> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(this::rows).stream().findFirst();
    }

    /** Records a delegation; refused with a field-bound Vietnamese message when it may not be made. */
    @Transactional
    public Delegation record(Actor creator, DelegationRequest request) {
        String head = org.group(BoardRole.HEAD);
        boolean isHead = creator.memberOf() != null && creator.memberOf().contains(head);
        boolean isAdmin = creator.memberOf() != null && creator.memberOf().contains(Groups.CAMUNDA_ADMIN);
        if (!isHead && !isAdmin) {
            throw new NotAllowed("Chỉ Trưởng ban (hoặc quản trị viên nhập theo giấy ủy quyền của Trưởng ban) "
                    + "được ghi nhận ủy quyền.");
        }
        String delegator = isHead ? creator.userId() : request.delegatorId();
        InputRefused.Collector problems = new InputRefused.Collector();
        if (delegator == null || !actors.groupsOf(delegator).contains(head)) {
            problems.add("delegatorId", "Người ủy quyền phải là Trưởng ban.");
        }
        if (!org.anyOfKind(actors.groupsOf(request.delegateId()), Set.of(GroupKind.DEPUTY_HEAD))) {
            problems.add("delegateId", "Chỉ Phó Trưởng ban được ủy quyền điều hành thay Trưởng ban (Đ8.1).");
        }
        if (request.validTo().isBefore(request.validFrom())) {
            problems.add("validTo", "Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        } else if (request.validTo().isBefore(today())) {
            problems.add("validTo", "Ủy quyền đã hết hạn trước hôm nay: không cần ghi nhận.");
        }
        problems.throwIfAny();
        for (DelegationScope scope : request.scopes()) {
            overlapping(scope, request.validFrom(), request.validTo()).ifPresent(other -> {
                throw new InputRefused("scopes", "Phạm vi «" + scope.label() + "» đã được ủy quyền cho "
                        + other.delegateId() + " từ " + BoardTime.DATE.format(other.validFrom()) + " đến "
                        + BoardTime.DATE.format(other.validTo()) + " (" + other.paperRef()
                        + "): thu hồi ủy quyền đó trước.");
            });
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO delegation (delegator_id, delegate_id, valid_from, valid_to, paper_ref, created_by, created_at)
                VALUES (:delegator, :delegate, :from, :to, :paper, :by, :at)""")
                .param("delegator", delegator).param("delegate", request.delegateId())
                .param("from", request.validFrom()).param("to", request.validTo())
                .param("paper", request.paperRef().strip()).param("by", creator.userId()).param("at", now)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        for (DelegationScope scope : request.scopes()) {
            jdbc.sql("INSERT INTO delegation_scope (delegation_id, scope) VALUES (:id, :scope)")
                    .param("id", id).param("scope", scope.code()).update();
        }
        trail.record(AUDIT_KEY, Delegation.reference(id), "recordDelegation", creator,
                AuditFact.of("delegate", now).withComment(request.paperRef().strip())
                        .withDetail(request.delegateId()));
        events.publishEvent(new DelegationsChanged());
        return find(id).orElseThrow();
    }

    /** Ends a delegation before its last day: by the head who gave it, or an administrator. */
    @Transactional
    public Delegation revoke(Actor actor, long id) {
        Delegation delegation = find(id).filter(d -> d.revokedAt() == null)
                .orElseThrow(() -> InputRefused.of("Không có ủy quyền đang hiệu lực với mã này."));
        boolean isAdmin = actor.memberOf() != null && actor.memberOf().contains(Groups.CAMUNDA_ADMIN);
        if (!isAdmin && !delegation.delegatorId().equals(actor.userId())) {
            throw new NotAllowed("Chỉ Trưởng ban đã ủy quyền (hoặc quản trị viên) được thu hồi ủy quyền này.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE delegation SET revoked_by = :by, revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .param("by", actor.userId()).param("at", now).param("id", id).update();
        trail.record(AUDIT_KEY, delegation.reference(), "revokeDelegation", actor, AuditFact.of("revoke", now));
        events.publishEvent(new DelegationsChanged());
        return find(id).orElseThrow();
    }

    private Optional<Delegation> overlapping(DelegationScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                WHERE d.revoked_at IS NULL AND d.valid_from <= :to AND d.valid_to >= :from
                   AND EXISTS (SELECT 1 FROM delegation_scope s WHERE s.delegation_id = d.id AND s.scope = :scope)""")
                .param("from", from).param("to", to).param("scope", scope.code()).query(this::rows).stream()
                .findFirst();
    }

    private static final String SELECT = """
            SELECT d.*, s.scope FROM delegation d LEFT JOIN delegation_scope s ON s.delegation_id = d.id
            """;

    /** One delegation per id, with its scopes gathered from the joined rows. */
    private List<Delegation> rows(ResultSet rs) throws SQLException {
        Map<Long, Delegation> byId = new LinkedHashMap<>();
        while (rs.next()) {
            long id = rs.getLong("id");
            Delegation known = byId.get(id);
            Set<DelegationScope> scopes = EnumSet.noneOf(DelegationScope.class);
            if (known != null) {
                scopes.addAll(known.scopes());
            }
            Coded.byCode(DelegationScope.class, rs.getString("scope")).ifPresent(scopes::add);
            byId.put(id, new Delegation(id, rs.getString("delegator_id"), rs.getString("delegate_id"),
                    scopes, rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                    rs.getString("paper_ref"), rs.getString("created_by"),
                    rs.getObject("created_at", OffsetDateTime.class), rs.getString("revoked_by"),
                    rs.getObject("revoked_at", OffsetDateTime.class)));
        }
        return List.copyOf(byId.values());
    }

    /** Published after a delegation is recorded or revoked, so the head's open tasks follow at once. */
    public record DelegationsChanged() {
    }
}
