package vn.angiang.editorial.content.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.content.ContentService;
import vn.angiang.editorial.content.ContentVariables;
import vn.angiang.editorial.platform.process.BoardTime;

/**
 * The publication date a submitter asked for is honoured: an approved item whose date is still ahead
 * waits for it (the gateway {@code toPublication} and the timer {@code requestedDateReached}) and is
 * published at the start of that day in the board's zone, so the feed shows it only from then.
 */
@Component("publicationSchedule")
public record PublicationSchedule(ContentService service, Clock clock) {

    /** Whether the item must wait for its requested date. */
    public boolean waits(DelegateExecution execution) {
        return releaseTime(execution).filter(at -> at.isAfter(clock.instant())).isPresent();
    }

    /** The start of the requested day, for the timer. */
    public Date releaseAt(DelegateExecution execution) {
        return Date.from(releaseTime(execution).orElseGet(clock::instant));
    }

    private Optional<Instant> releaseTime(DelegateExecution execution) {
        long id = service.bound(ContentVariables.submissionId(execution), execution.getProcessInstanceId());
        return Optional.ofNullable(service.get(id).requestedPublicationDate())
                .map(day -> day.atStartOfDay(BoardTime.ZONE).toInstant());
    }
}
