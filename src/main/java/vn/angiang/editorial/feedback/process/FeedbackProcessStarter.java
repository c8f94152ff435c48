package vn.angiang.editorial.feedback.process;

import vn.angiang.editorial.feedback.FeedbackRepository;
import vn.angiang.editorial.feedback.FeedbackVariables;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the {@code feedback-handling} instance of each public submission, after the citizen has the
 * answer. The public intake only stores the record (one short transaction), so a burst of submissions
 * is accepted at the pace of two inserts, not of the engine; the instances follow here, oldest first,
 * on one background thread per node, woken after every submission and every
 * {@code editorial.feedback.intake.start-interval} (for work left by another node or a failed start).
 *
 * <p>While citizens keep submitting (one submission in the last second), the starter yields: it
 * starts at most {@code editorial.feedback.intake.busy-start-rate} instances per second (default 2),
 * since each instance costs the engine several times what storing a submission costs and would
 * otherwise slow the intake itself; the backlog is worked off at full speed once the burst is over.
 *
 * <p>Nothing is lost in between: the record is the queue. Each record is locked while its instance
 * starts ({@code FOR UPDATE SKIP LOCKED}: nodes take different records) and the start commits in the
 * same transaction that links the record to the instance ({@code registerFeedback}). A start that
 * fails (say the process definition is suspended in Cockpit) rolls back, is logged and counted
 * ({@code editorial.feedback.start.failed}), and is tried again next round; the number still waiting is
 * the gauge {@code editorial.feedback.waiting}.
 */
@Component
public class FeedbackProcessStarter {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackProcessStarter.class);
    private static final long BUSY_WINDOW = TimeUnit.SECONDS.toNanos(1);

    private final FeedbackRepository repository;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final boolean background;
    private final long busyPauseNanos;
    private volatile long lastSubmission = System.nanoTime() - BUSY_WINDOW;
    private final ExecutorService worker;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopping;
    private final AtomicLong waiting = new AtomicLong();
    private final Counter started;
    private final Counter failed;

    public FeedbackProcessStarter(FeedbackRepository repository, RuntimeService runtime,
            PlatformTransactionManager transactions, MeterRegistry meters,
            @Value("${editorial.feedback.intake.background-start:true}") boolean background,
            @Value("${editorial.feedback.intake.busy-start-rate:2}") int busyStartRate) {
        this.repository = repository;
        this.runtime = runtime;
        this.transaction = new TransactionTemplate(transactions);
        this.background = background;
        this.busyPauseNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, busyStartRate);
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "feedback-starter");
            thread.setDaemon(true);
            return thread;
        });
        this.started = Counter.builder("editorial.feedback.start.started")
                .description("Process instances started for public submissions").register(meters);
        this.failed = Counter.builder("editorial.feedback.start.failed")
                .description("Failed attempts to start the process instance of a public submission").register(meters);
        Gauge.builder("editorial.feedback.waiting", waiting, AtomicLong::get)
                .description("Public submissions stored but not yet handled by a process instance").register(meters);
    }

    /** A submission was stored: its instance is started soon, at the intake's pace while it is busy. */
    public void submitted() {
        lastSubmission = System.nanoTime();
        wake();
    }

    /** Asks the background thread to start what is waiting (at most one round queued at a time). */
    public void wake() {
        if (background && queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    startWaiting();
                } catch (RuntimeException e) {
                    // the database may be unreachable for a moment: the records wait for the next round
                    LOG.warn("Starting waiting feedback failed: {}", e.toString());
                }
            });
        }
    }

    @Scheduled(initialDelayString = "${editorial.feedback.intake.start-interval:10s}",
            fixedDelayString = "${editorial.feedback.intake.start-interval:10s}")
    void startOnSchedule() {
        wake();
        try {
            // counted here, not after each round: a round follows every submission
            waiting.set(repository.countWaiting());
        } catch (RuntimeException e) {
            LOG.debug("Waiting feedback not counted: {}", e.toString());
        }
    }

    /** Starts an instance for every waiting submission, oldest first; returns how many were started. */
    public int startWaiting() {
        int count = 0;
        long after = 0;
        // on shutdown the round ends after the current start; the rest waits for the next node or restart
        while (!stopping) {
            long from = after;
            Long[] current = new Long[1];
            try {
                Optional<FeedbackRepository.Waiting> done = transaction.execute(status -> {
                    Optional<FeedbackRepository.Waiting> next = repository.lockNextWaiting(from);
                    next.ifPresent(record -> {
                        current[0] = record.id();
                        runtime.startProcessInstanceByKey(FeedbackVariables.PROCESS_KEY, record.trackingCode(),
                                Variables.createVariables().putValue(FeedbackVariables.FEEDBACK_ID.name(), record.id()));
                    });
                    return next;
                });
                if (done == null || done.isEmpty()) {
                    break;
                }
                count++;
                started.increment();
                after = done.get().id();
                yieldWhileBusy();
            } catch (RuntimeException e) {
                if (current[0] == null) {
                    throw e;
                }
                failed.increment();
                LOG.warn("Feedback #{}: its process instance could not be started, tried again next round: {}",
                        current[0], e.toString());
                after = current[0];
            }
        }
        return count;
    }

    private void yieldWhileBusy() {
        if (background && System.nanoTime() - lastSubmission < BUSY_WINDOW) {
            try {
                TimeUnit.NANOSECONDS.sleep(busyPauseNanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }
}
