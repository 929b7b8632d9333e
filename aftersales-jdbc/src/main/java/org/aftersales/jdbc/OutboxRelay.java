package org.aftersales.jdbc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftersales.store.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the outbox's messages to the host's {@link OutboxPublisher}, at least once and in order per
 * case, and marks them delivered. Several relays (one per node) may run at once: each round claims,
 * with a lease, the oldest undelivered message of up to {@code batchSize} cases that no other relay
 * holds. A message whose publishing fails waits {@code firstRetry}, doubling with each failure up to
 * {@code maxRetry}, and holds back its case's later messages until it is delivered. A relay that dies
 * leaves its claims to be taken again when the lease ends.
 *
 * <p>Instances are thread-safe, but one instance is meant to be driven by one thread at a time.
 */
public final class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  /** The most rounds {@link #relayAll()} runs, so a publisher that never succeeds cannot keep it busy. */
  private static final int MAX_ROUNDS = 10_000;

  private final JdbcAfterSalesStore store;
  private final OutboxPublisher publisher;
  private final Clock clock;
  private final String owner;
  private final int batchSize;
  private final Duration lease;
  private final Duration firstRetry;
  private final Duration maxRetry;

  /**
   * Creates a relay.
   *
   * @param store the store whose outbox it relays
   * @param publisher the host's publisher
   * @param clock the only source of "now"
   * @param owner this relay's name in leases; unique per node
   * @param batchSize how many cases one round serves, at least 1
   * @param lease how long a claim holds; longer than publishing a batch takes
   * @param firstRetry the wait after a message's first failure, positive
   * @param maxRetry the longest wait between attempts, at least firstRetry
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if batchSize is below 1, a duration is not positive, or maxRetry
   *     is shorter than firstRetry
   */
  public OutboxRelay(JdbcAfterSalesStore store, OutboxPublisher publisher, Clock clock, String owner, int batchSize,
      Duration lease, Duration firstRetry, Duration maxRetry) {
    this.store = Objects.requireNonNull(store, "store");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.owner = Objects.requireNonNull(owner, "owner");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, but was " + batchSize);
    }
    this.batchSize = batchSize;
    this.lease = positive(lease, "lease");
    this.firstRetry = positive(firstRetry, "firstRetry");
    this.maxRetry = positive(maxRetry, "maxRetry");
    if (maxRetry.compareTo(firstRetry) < 0) {
      throw new IllegalArgumentException("maxRetry " + maxRetry + " is shorter than firstRetry " + firstRetry);
    }
  }

  /** Returns a relay serving 100 cases a round, with a 1-minute lease and retries from 1 second to 10 minutes. */
  public static OutboxRelay of(JdbcAfterSalesStore store, OutboxPublisher publisher, Clock clock, String owner) {
    return new OutboxRelay(store, publisher, clock, owner, 100, Duration.ofMinutes(1), Duration.ofSeconds(1),
        Duration.ofMinutes(10));
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
    return value;
  }

  /**
   * Runs one round: claims, publishes, marks delivered what was published and schedules a retry for
   * what failed.
   *
   * @return what the round did; nothing claimed means nothing was deliverable now
   * @throws DatabaseUnavailableException if the database cannot be reached; claims made before stay
   *     leased until their lease ends
   */
  public RelayResult relayOnce() {
    Instant now = clock.instant();
    OutboxTable outbox = store.outbox();
    List<OutboxTable.Claimed> batch =
        store.call("claiming outbox messages for " + owner, c -> outbox.claim(c, now, batchSize, owner, lease));
    List<String> delivered = new ArrayList<>();
    int failed = 0;
    for (OutboxTable.Claimed claimed : batch) {
      OutboxMessage message = claimed.message();
      try {
        publisher.publish(message);
        delivered.add(message.id());
      } catch (Exception e) {
        failed++;
        Duration wait = backOff(claimed.attempts());
        log.warn("publishing outbox message {} failed (attempt {}); retrying after {}", message.id(),
            claimed.attempts() + 1, wait, e);
        store.call("scheduling a retry of outbox message " + message.id(), c -> {
          outbox.retryLater(c, message.id(), owner, now.plus(wait));
          return null;
        });
      }
    }
    store.markDelivered(delivered);
    return new RelayResult(batch.size(), delivered.size(), failed);
  }

  /**
   * Runs rounds until nothing is deliverable now: every message is delivered or waiting for a retry.
   *
   * @return how many messages were delivered
   * @throws DatabaseUnavailableException if the database cannot be reached
   */
  public int relayAll() {
    int delivered = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      RelayResult result = relayOnce();
      delivered += result.delivered();
      if (result.claimed() == 0) {
        break;
      }
    }
    return delivered;
  }

  /** firstRetry doubled per earlier failure, at most maxRetry. */
  private Duration backOff(int earlierFailures) {
    int doublings = Math.min(earlierFailures, 30);
    Duration wait = firstRetry.multipliedBy(1L << doublings);
    return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
  }
}
