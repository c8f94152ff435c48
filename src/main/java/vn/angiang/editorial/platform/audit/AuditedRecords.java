package vn.angiang.editorial.platform.audit;

import java.util.Optional;

import vn.angiang.editorial.platform.process.Actor;
import vn.angiang.editorial.platform.process.Coded;

/**
 * What a process tells the shared trail reader ({@link AuditReader}) about its records: which record a key
 * names, who may read its trail, and how the record and its actions are shown. One Spring bean per process.
 *
 * @param <R> the process's record (a submission, a piece of feedback)
 */
public interface AuditedRecords<R> {

    /** The process these records belong to: its key in the trail and in {@code /api/audit/{processKey}/...}. */
    String processKey();

    /**
     * The record {@code recordKey} names, when it exists and {@code reader} may read its trail. An unknown
     * key and another's record both answer empty, so that keys cannot be probed.
     */
    Optional<R> readable(String recordKey, Actor reader);

    /** How a record is named and where it stands, for the head of its trail. */
    Summary summary(R record);

    /** What an entry's action says, in Vietnamese. */
    String actionLabel(AuditEntry entry);

    /**
     * @param recordKey the record's key in the trail (the canonical form of what a reader asked for)
     * @param status    where the record stands: {@code name()} is the code, {@code label()} what people read
     */
    record Summary(String recordKey, String title, Coded status) {
    }
}
