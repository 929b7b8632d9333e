package org.aftersales.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.money.Money;
import org.aftersales.policy.liability.Payer;
import org.aftersales.policy.liability.ShippingLeg;
import org.aftersales.policy.refund.Deduction;
import org.aftersales.policy.refund.DeductionKind;

/**
 * The numbers the summary shows, worked out from the cases and their histories alone, so a test can
 * check them against other sources (the refund events against the cases' refunded amounts).
 */
final class Figures {

  /** How one default action fared: how often it fired, and how often on a rest day. */
  record Fired(int total, int onRestDays) {
    Fired plus(boolean restDay) {
      return new Fired(total + 1, onRestDays + (restDay ? 1 : 0));
    }
  }

  /** How long the ended cases of one type took, in the shop's working hours and on the wall clock. */
  record HandlingTime(int ended, Duration workingHours, Duration wallClock) {
    HandlingTime plus(Duration working, Duration wall) {
      return new HandlingTime(ended + 1, workingHours.plus(working), wallClock.plus(wall));
    }
  }

  private final List<CaseRecord> cases;
  private final WorkingCalendar serviceHours;

  Figures(List<CaseRecord> cases, WorkingCalendar serviceHours) {
    this.cases = List.copyOf(cases);
    this.serviceHours = serviceHours;
  }

  /** Cases by how they ended ("open: STATE" while open) and type. */
  Map<String, Map<CaseType, Integer>> outcomes() {
    Map<String, Map<CaseType, Integer>> table = new TreeMap<>();
    for (CaseRecord c : cases) {
      String row = c.last().outcome().map(Enum::name).orElse("open: " + c.last().state());
      table.computeIfAbsent(row, r -> new EnumMap<>(CaseType.class)).merge(c.last().type(), 1, Integer::sum);
    }
    return table;
  }

  /** Default actions the sweeper took, by "step: action". */
  Map<String, Fired> defaultActions() {
    Map<String, Fired> fired = new TreeMap<>();
    for (RecordedEvent e : events()) {
      if (e.event() instanceof CaseEvent.DeadlineExpired expired) {
        String key = expired.kind() + ": " + expired.action();
        fired.put(key, fired.getOrDefault(key, new Fired(0, 0)).plus(restDay(e.occurredAt())));
      }
    }
    return fired;
  }

  /** How many events of each type the cases recorded. */
  Map<String, Integer> eventCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    for (RecordedEvent e : events()) {
      counts.merge(e.event().getClass().getSimpleName(), 1, Integer::sum);
    }
    return counts;
  }

  /** Rulings by ruling, "deemed" when the platform was late and the system ruled. */
  Map<String, Integer> rulings() {
    Map<String, Integer> rulings = new TreeMap<>();
    for (RecordedEvent e : events()) {
      if (e.event() instanceof CaseEvent.Ruled ruled) {
        rulings.merge(ruled.ruling() + (ruled.deemed() ? " (deemed)" : " (by an agent)"), 1, Integer::sum);
      }
    }
    return rulings;
  }

  /** Handling time of the cases that ended, by type. */
  Map<CaseType, HandlingTime> handlingTimes() {
    Map<CaseType, HandlingTime> times = new EnumMap<>(CaseType.class);
    for (CaseRecord c : cases) {
      Instant opened = c.last().openedAt();
      endedAt(c).ifPresent(end -> times.put(c.last().type(),
          times.getOrDefault(c.last().type(), new HandlingTime(0, Duration.ZERO, Duration.ZERO))
              .plus(serviceHours.businessTimeBetween(opened, end), Duration.between(opened, end))));
    }
    return times;
  }

  /** What the payment provider confirmed refunded, per case, summed: the cases' own account. */
  Money refunded() {
    return Money.sum(cases.stream().map(c -> c.last().refunded()).toList(), PurchaseFactory.CNY);
  }

  /** The sum of every {@code RefundConfirmed} event: the histories' account of the same money. */
  Money refundEvents() {
    List<Money> amounts = new ArrayList<>();
    for (RecordedEvent e : events()) {
      if (e.event() instanceof CaseEvent.RefundConfirmed confirmed) {
        amounts.add(confirmed.amount());
      }
    }
    return Money.sum(amounts, PurchaseFactory.CNY);
  }

  /** What the policy deducted in the quotes of the cases that were refunded, by kind. */
  Map<DeductionKind, Money> deductions() {
    Map<DeductionKind, Money> deducted = new EnumMap<>(DeductionKind.class);
    for (CaseRecord c : cases) {
      if (!c.last().refunded().isZero()) {
        for (Deduction d : c.opened().quote().deductions()) {
          deducted.merge(d.kind(), d.amount(), Money::plus);
        }
      }
    }
    return deducted;
  }

  /** The carrier fees of the shipping legs the cases moved goods on, by leg and by who pays them. */
  Map<ShippingLeg, Map<Payer, Money>> shipping() {
    Map<ShippingLeg, Map<Payer, Money>> legs = new EnumMap<>(ShippingLeg.class);
    for (CaseRecord c : cases) {
      boolean repair = c.last().type() == CaseType.REPAIR;
      for (RecordedEvent e : c.history()) {
        if (e.event() instanceof CaseEvent.ReturnShipped shipped) {
          charge(legs, c, repair ? ShippingLeg.REPAIR_IN : ShippingLeg.RETURN, Carriers.fee(shipped.shipment()));
        } else if (e.event() instanceof CaseEvent.GoodsShippedToBuyer shipped) {
          charge(legs, c, repair ? ShippingLeg.REPAIR_OUT : ShippingLeg.REPLACEMENT_OUT,
              Carriers.fee(shipped.shipment()));
        }
      }
    }
    return legs;
  }

  private static void charge(Map<ShippingLeg, Map<Payer, Money>> legs, CaseRecord c, ShippingLeg leg, Money fee) {
    Payer payer = c.opened().liability().payerOf(leg)
        .orElseThrow(() -> new IllegalStateException(c.last().id() + " moved goods on " + leg + ", which its liability lacks"));
    legs.computeIfAbsent(leg, l -> new EnumMap<>(Payer.class)).merge(payer, fee, Money::plus);
  }

  /** When the case ended: the event that took it to a terminal state. */
  static Optional<Instant> endedAt(CaseRecord c) {
    return c.history().stream()
        .filter(e -> e.event() instanceof CaseEvent.StateChanged changed && changed.to().isTerminal())
        .map(RecordedEvent::occurredAt).findFirst();
  }

  private boolean restDay(Instant at) {
    return !serviceHours.isWorkingDay(LocalDate.ofInstant(at, serviceHours.zone()));
  }

  private List<RecordedEvent> events() {
    return cases.stream().flatMap(c -> c.history().stream()).toList();
  }
}
