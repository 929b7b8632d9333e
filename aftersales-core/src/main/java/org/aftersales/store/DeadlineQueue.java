package org.aftersales.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The due timers, claimed by sweepers. A claim is a lease: until it ends no other sweeper sees the
 * timer; a sweeper that dies releases its claims by letting the lease run out. A timer disappears
 * when the commit of the command it caused cancels it.
 */
public interface DeadlineQueue {

  /**
   * Claims up to {@code limit} timers due at {@code now} and not leased, earliest first, leasing
   * them to {@code owner} until {@code now + lease}.
   *
   * @param now the sweeper's current time; timers due at or before it may be claimed
   * @param limit the most timers to claim, at least 1
   * @param owner the claiming sweeper, to be named again to {@link #release}
   * @param lease how long the claim lasts, positive
   * @return the claimed timers, earliest first; empty if no unleased timer is due
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if limit is below 1 or lease is not positive
   */
  List<DueTimer> claimDue(Instant now, int limit, String owner, Duration lease);

  /**
   * Checks the arguments of {@link #claimDue} as the contract states them, so that every
   * implementation refuses the same input with the same message.
   *
   * @param now the sweeper's current time
   * @param limit the most timers to claim
   * @param owner the claiming sweeper
   * @param lease how long the claim lasts
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if limit is below 1 or lease is not positive
   */
  static void checkClaim(Instant now, int limit, String owner, Duration lease) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(lease, "lease");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
    }
    if (lease.isZero() || lease.isNegative()) {
      throw new IllegalArgumentException("lease must be positive, but was " + lease);
    }
  }

  /**
   * Gives a claimed timer back to be claimed again from {@code retryAt}, after its command was
   * refused or failed. Does nothing if the timer is gone or leased to another owner.
   *
   * @param timerId the claimed timer's {@link DueTimer#id()}
   * @param owner the sweeper that claimed it
   * @param retryAt when the timer may be claimed again
   * @throws NullPointerException if any argument is null
   */
  void release(String timerId, String owner, Instant retryAt);

  /**
   * Returns how many timers there are, due or not; for monitoring and tests.
   *
   * @return the number of scheduled timers, leased ones included
   */
  long scheduledTimers();
}
