package org.aftersales.application;

import java.util.Objects;
import java.util.Optional;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.DecisionContext;
import org.aftersales.casefile.InstantRefunds;
import org.aftersales.casefile.InvalidSlaPolicyException;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;

/**
 * What the service needs to know about one tenant: its time limits, its working-day calendar, the
 * return address the system gives when the merchant does not, and who grants instant refunds.
 *
 * @param sla the time limits
 * @param calendar the calendar its working days and business hours are counted on
 * @param defaultReturnAddress required when a limit defaults to {@link DefaultAction#USE_DEFAULT_RETURN_ADDRESS}
 * @param instantRefunds who grants a refund as soon as the buyer ships a return; {@link InstantRefunds#NONE} if nobody
 */
public record TenantPolicy(SlaPolicy sla, WorkingCalendar calendar, Optional<ReturnAddress> defaultReturnAddress,
    InstantRefunds instantRefunds) {

  /**
   * Validates the policy.
   *
   * @throws NullPointerException if any argument is null
   * @throws InvalidSlaPolicyException if a limit defaults to the default return address and there is none
   */
  public TenantPolicy {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(defaultReturnAddress, "defaultReturnAddress");
    Objects.requireNonNull(instantRefunds, "instantRefunds");
    if (defaultReturnAddress.isEmpty()) {
      for (CaseType type : CaseType.values()) {
        sla.rule(type, DeadlineKind.RETURN_ADDRESS)
            .filter(rule -> rule.defaultAction() == DefaultAction.USE_DEFAULT_RETURN_ADDRESS)
            .ifPresent(rule -> {
              throw new InvalidSlaPolicyException("RETURN_ADDRESS of " + type
                  + " defaults to USE_DEFAULT_RETURN_ADDRESS, so defaultReturnAddress is required");
            });
      }
    }
  }

  /**
   * Returns a policy without instant refunds.
   *
   * @throws NullPointerException if any argument is null
   * @throws InvalidSlaPolicyException if a limit defaults to the default return address and there is none
   */
  public TenantPolicy(SlaPolicy sla, WorkingCalendar calendar, Optional<ReturnAddress> defaultReturnAddress) {
    this(sla, calendar, defaultReturnAddress, InstantRefunds.NONE);
  }

  /**
   * Returns this policy with instant refunds granted by {@code port}, such as the policy module's
   * risk-aware instant-refund rule.
   *
   * @throws NullPointerException if port is null
   */
  public TenantPolicy withInstantRefunds(InstantRefunds port) {
    return new TenantPolicy(sla, calendar, defaultReturnAddress, port);
  }

  /** Returns a policy with a default return address. */
  public static TenantPolicy of(SlaPolicy sla, WorkingCalendar calendar, ReturnAddress defaultReturnAddress) {
    return new TenantPolicy(sla, calendar, Optional.of(defaultReturnAddress));
  }

  DecisionContext contextAt(java.time.Instant now) {
    return new DecisionContext(now, sla, calendar, defaultReturnAddress, instantRefunds);
  }
}
