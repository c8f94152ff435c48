package vn.angiang.editorial.platform.audit;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.angiang.editorial.platform.process.Actors;

/**
 * The trail of any process's record (authenticated, under {@code /api}): {@code GET
 * /api/audit/content-approval/42}, {@code GET /api/audit/feedback-handling/PA-7K3MQ-9Q2XD}. Who may read
 * which record is the process's rule ({@link AuditedRecords}); an unknown process, an unknown key and a
 * record the reader may not read get the same answer, so that nothing can be probed.
 */
@RestController
public class AuditTrailController {

    static final String NOT_FOUND = "Không tìm thấy hồ sơ này trong số hồ sơ bạn được xem.";

    private final AuditReader reader;
    private final Actors actors;

    public AuditTrailController(AuditReader reader, Actors actors) {
        this.reader = reader;
        this.actors = actors;
    }

    @GetMapping("/api/audit/{processKey}/{recordKey}")
    public ResponseEntity<?> trail(@PathVariable String processKey, @PathVariable String recordKey) {
        return actors.signedIn().flatMap(user -> reader.view(processKey, recordKey, user))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", NOT_FOUND)));
    }
}
