package io.ugcbot.credits.application;

import io.ugcbot.credits.ledger.LedgerBook;
import io.ugcbot.credits.ledger.Operation;
import io.ugcbot.credits.ledger.Outcome;
import io.ugcbot.credits.store.JdbcLedgerStore;
import io.ugcbot.events.Envelope;
import io.ugcbot.kit.inbox.Inbox;
import io.ugcbot.kit.messaging.IdempotentReceiver;
import io.ugcbot.kit.messaging.UnprocessableRecordException;
import io.ugcbot.kit.outbox.OutboxWriter;
import io.ugcbot.events.video.VideoProgress;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies the ledger in transactions. A polled batch of records is one transaction: the inbox claims all their ids in
 * one statement, the touched state is loaded once, operations apply in record order, and changes, history and events
 * are written in batched statements. Idempotency stays per record: only ids claimed for the first time apply.
 */
@Service
public class LedgerService {

    private static final int EXPIRY_BATCH = 500;

    private final JdbcLedgerStore store;
    private final Inbox inbox;
    private final IdempotentReceiver decoder;
    private final Operations operations;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;

    LedgerService(JdbcLedgerStore store, Inbox inbox, IdempotentReceiver decoder, Operations operations,
                  OutboxWriter outbox, Clock clock, TransactionTemplate transactions, MeterRegistry meters) {
        this.transactions = transactions;
        this.meters = meters;
        this.store = store;
        this.inbox = inbox;
        this.decoder = decoder;
        this.operations = operations;
        this.outbox = outbox;
        this.clock = clock;
    }

    private record Pending(Operation operation, String traceparent) {
    }

    /**
     * Applies a polled batch. Records are decoded first; when one cannot be, the records before it are applied and
     * committed on their own, and {@link BatchListenerFailedException} names the bad one, so the error handler commits
     * the offsets before it, dead-letters it alone and delivers the rest again. (Failing the whole transaction at the
     * bad record, as this once did, let the error handler count its predecessors consumed although their transaction
     * had rolled back.) Any other failure fails the whole batch, which is retried until it passes.
     */
    public void applyRecords(String consumer, List<ConsumerRecord<String, String>> records) {
        List<Envelope> envelopes = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            if (IdempotentReceiver.isRebuild(records.get(i))) {
                // the ledger is the money's history, not a read model: a replay rebuilding read models has nothing
                // for it (skipped here, not filtered before, so a failing record's index stays its index in the batch)
                continue;
            }
            try {
                decoder.decode(records.get(i)).ifPresent(envelopes::add);
            } catch (UnprocessableRecordException e) {
                transactions.executeWithoutResult(status -> applyEnvelopes(consumer, envelopes));
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        transactions.executeWithoutResult(status -> applyEnvelopes(consumer, envelopes));
    }

    private void applyEnvelopes(String consumer, List<Envelope> envelopes) {
        Set<UUID> firstSeen = inbox.claimAll(consumer, envelopes.stream().map(Envelope::id).toList());
        List<Pending> pending = new ArrayList<>();
        List<UUID> rendering = new ArrayList<>();
        for (Envelope envelope : envelopes) {
            // the same counter the kit's receiver keeps for single records
            meters.counter("ugc.records", "consumer", consumer, "type", envelope.type(), "outcome",
                    firstSeen.contains(envelope.id()) ? "handled" : "duplicate").increment();
            if (firstSeen.contains(envelope.id())) {
                operations.of(envelope.payload())
                        .ifPresent(operation -> pending.add(new Pending(operation, envelope.traceparent())));
                if (envelope.payload() instanceof VideoProgress progress) {
                    rendering.add(progress.generationId());
                }
            }
        }
        applyAll(pending);
        // a render that reports progress is alive: its reservation must not expire under it
        store.keepAlive(rendering, clock.instant());
    }

    /** One operation in its own transaction (the admin API); returns what it did. */
    @Transactional
    public Outcome apply(Operation operation) {
        return applyAll(List.of(new Pending(operation, null))).getFirst();
    }

    /** Releases reservations nobody settled in time; returns how many. */
    @Transactional
    public int expireDue() {
        List<Operation.Release> due = store.expiredReservations(clock.instant(), EXPIRY_BATCH);
        applyAll(due.stream().map(release -> new Pending(release, null)).toList());
        return due.size();
    }

    private List<Outcome> applyAll(List<Pending> pending) {
        if (pending.isEmpty()) {
            return List.of();
        }
        LedgerBook book = store.load(pending.stream().map(Pending::operation).toList());
        Instant now = clock.instant();
        List<Outcome> outcomes = new ArrayList<>(pending.size());
        List<OutboxWriter.Caused> events = new ArrayList<>();
        for (Pending item : pending) {
            Outcome outcome = book.apply(item.operation(), now);
            outcomes.add(outcome);
            meters.counter("ugc.ledger.operations", "operation", item.operation().getClass().getSimpleName(),
                    "result", outcome.result().name()).increment();
            outcome.events().forEach(event -> events.add(new OutboxWriter.Caused(event, item.traceparent())));
        }
        store.save(book);
        outbox.appendAll(events);
        return outcomes;
    }

}
