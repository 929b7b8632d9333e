package org.aftersales.casefile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.deadline.DeadlineCalculator;

/**
 * Everything a decision needs besides the case and the command: the moment, the tenant's time
 * limits and working-day calendar, its default return address and its instant-refund rule.
 *
 * @param now the moment the command is decided; events carry it
 * @param sla the tenant's time limits
 * @param calendar the tenant's working-day calendar
 * @param defaultReturnAddress the address the system gives when the merchant does not
 * @param instantRefunds who grants a refund as soon as the buyer ships a return; {@link InstantRefunds#NONE}
 *     for a tenant without instant refunds
 */
public record DecisionContext(Instant now, SlaPolicy sla, WorkingCalendar calendar,
    Optional<ReturnAddress> defaultReturnAddress, InstantRefunds instantRefunds) {

  /**
   * Validates the context.
   *
   * @throws NullPointerException if any argument is null
   */
  public DecisionContext {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(defaultReturnAddress, "defaultReturnAddress");
    Objects.requireNonNull(instantRefunds, "instantRefunds");
  }

  /**
   * Returns a context without instant refunds.
   *
   * @throws NullPointerException if any argument is null
   */
  public DecisionContext(Instant now, SlaPolicy sla, WorkingCalendar calendar,
      Optional<ReturnAddress> defaultReturnAddress) {
    this(now, sla, calendar, defaultReturnAddress, InstantRefunds.NONE);
  }

  /** Returns the calculator of due instants on this context's calendar and convention. */
  public DeadlineCalculator deadlines() {
    return new DeadlineCalculator(calendar, sla.dayConvention());
  }
}
