package vn.angiang.editorial.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.Actor;

/**
 * Reads a record's trail for a reader, the same way for every process: the process's
 * {@link AuditedRecords} says whether the record exists and the reader may read it, the
 * {@link AuditTrail} gives its entries.
 */
@Component
public class AuditReader {

    private final Map<String, AuditedRecords<?>> processes;
    private final AuditTrail trail;

    public AuditReader(List<AuditedRecords<?>> processes, AuditTrail trail) {
        this.processes = processes.stream().collect(Collectors.toMap(AuditedRecords::processKey, Function.identity()));
        this.trail = trail;
    }

    /** A record with its trail. */
    public record Readable<R>(R record, List<AuditEntry> entries) {
    }

    /** The record and its trail, or empty when the key names none or the reader may not read it. */
    public <R> Optional<Readable<R>> read(AuditedRecords<R> records, String recordKey, Actor reader) {
        return records.readable(recordKey, reader).map(record -> new Readable<>(record,
                trail.entries(records.processKey(), records.summary(record).recordKey())));
    }

    /**
     * The shared view of a record's trail, or empty for an unknown process, an unknown key and a record
     * the reader may not read alike.
     */
    public Optional<TrailView> view(String processKey, String recordKey, Actor reader) {
        AuditedRecords<?> records = processes.get(processKey);
        return records == null ? Optional.empty() : view(records, recordKey, reader);
    }

    private <R> Optional<TrailView> view(AuditedRecords<R> records, String recordKey, Actor reader) {
        return read(records, recordKey, reader).map(readable -> {
            AuditedRecords.Summary summary = records.summary(readable.record());
            return new TrailView(records.processKey(), summary.recordKey(), summary.title(),
                    summary.status().name(), summary.status().label(), readable.entries().stream()
                            .map(e -> new EntryView(e.occurredAt(), e.actorId(), e.actorGroup(), e.actingFor(),
                                    e.delegationRef(), e.element(), e.action(), records.actionLabel(e), e.comment(),
                                    e.detail()))
                            .toList());
        });
    }

    /** One record's trail as every process shows it ({@code GET /api/audit/{processKey}/{recordKey}}). */
    public record TrailView(String process, String recordKey, String title, String status, String statusLabel,
            List<EntryView> entries) {
    }

    public record EntryView(OffsetDateTime at, String actorId, String actorGroup, String actingFor,
            String delegationRef, String element, String action, String actionLabel, String comment, String detail) {
    }
}
