package org.aftersales.policy.metrics;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.aftersales.application.TenantPolicies;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.Ruling;
import org.aftersales.policy.alert.JumpState;
import org.aftersales.policy.alert.ReturnRateAlert;
import org.aftersales.policy.alert.ReturnRateJumpRule;
import org.aftersales.policy.alert.WindowCounts;
import org.aftersales.policy.metrics.CaseTrack.Mark;
import org.aftersales.policy.metrics.CounterNames.Clock;
import org.aftersales.policy.metrics.CounterNames.Timed;
import org.aftersales.store.Notice;

/**
 * Counts merchant after-sales figures from the cases' events, one event at a time, as the outbox
 * delivers them: each event reads its case's {@link CaseTrack} and, for a shipped return, a bounded
 * window of one product's counters, and writes one {@link MetricsUpdate}; nothing reads the history.
 *
 * <p>Delivery may repeat events (at least once): an event at or before the last one applied of its
 * case is a duplicate and changes nothing. Each case's events must come in order, which the outbox
 * guarantees; a gap is an {@link EventOutOfOrderException}. (A version's event count is not recorded,
 * so the loss of a version's last events is not detectable: the next version's first event follows
 * any event of the version before.) Cases may interleave in any order: the
 * counters and tracks depend only on each case's own events, so rebuilding from the full history into
 * an empty store gives the same counters and tracks. The return-rate alert reads other cases' counters
 * and so depends on arrival order across cases; fed in the order the events occurred (as the outbox
 * delivers them, and as a rebuild reads them), it too rebuilds the same.
 *
 * <p>Figures of a case count on the day it was opened in the tenant calendar's zone, so every rate over
 * any range of days is a share of the cases opened in it; returned units count on the day the buyer
 * received the goods. The class is thread-safe if its store is; concurrent consumers are guarded by the
 * store's optimistic checks.
 */
public final class MetricsProjection {

  private final MetricsStore store;
  private final DeliveryLedger ledger;
  private final TenantPolicies policies;
  private final ReturnRateJumpRule jumpRule;

  /**
   * Creates a projection.
   *
   * @param store where its state is kept and its alerts go out
   * @param ledger the host's deliveries
   * @param policies the tenants' calendars, for working time and days
   * @param jumpRule when a product's return rate has jumped
   * @throws NullPointerException if any argument is null
   */
  public MetricsProjection(MetricsStore store, DeliveryLedger ledger, TenantPolicies policies, ReturnRateJumpRule jumpRule) {
    this.store = Objects.requireNonNull(store, "store");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.jumpRule = Objects.requireNonNull(jumpRule, "jumpRule");
  }

  /**
   * Applies every event in order.
   *
   * @return how many were applied, not counting duplicates
   * @throws EventOutOfOrderException if a case's events have a gap; the events before it stay applied
   */
  public int applyAll(Iterable<RecordedEvent> events) {
    int applied = 0;
    for (RecordedEvent event : events) {
      applied += apply(event) ? 1 : 0;
    }
    return applied;
  }

  /**
   * Applies one event.
   *
   * @return false if the event was applied before (a redelivery) and nothing changed
   * @throws NullPointerException if recorded is null
   * @throws EventOutOfOrderException if the event does not follow its case's last applied event, or a
   *     case's first event is not its opening; nothing is written
   * @throws ConcurrentMetricsUpdateException if another consumer changed the same state meanwhile
   * @throws org.aftersales.application.UnknownTenantException if the tenant has no policy
   */
  public boolean apply(RecordedEvent recorded) {
    Objects.requireNonNull(recorded, "recorded");
    Optional<CaseTrack> before = store.track(recorded.tenant(), recorded.caseId());
    if (before.isPresent() && isAppliedAlready(before.get(), recorded)) {
      return false;
    }
    checkFollows(before, recorded);
    WorkingCalendar calendar = policies.policyOf(recorded.tenant()).calendar();
    Change change = new Change(before.orElseGet(() -> opened(recorded, calendar.zone())), recorded, calendar);
    change.count();
    store.commit(change.update(before.map(CaseTrack::lastEventId)));
    return true;
  }

  private static boolean isAppliedAlready(CaseTrack track, RecordedEvent e) {
    return e.version() < track.lastVersion() || (e.version() == track.lastVersion() && e.index() <= track.lastIndex());
  }

  private static void checkFollows(Optional<CaseTrack> before, RecordedEvent e) {
    if (before.isEmpty()) {
      if (!(e.event() instanceof CaseEvent.CaseOpened) || e.version() != 1 || e.index() != 0) {
        throw new EventOutOfOrderException("event " + e.id() + " (" + e.event().getClass().getSimpleName()
            + ") is the first of case " + e.caseId() + " the projection sees, but a case's first event is its "
            + "CaseOpened at version 1, index 0: rebuild the projection from the full history");
      }
      return;
    }
    CaseTrack t = before.get();
    boolean next = (e.version() == t.lastVersion() && e.index() == t.lastIndex() + 1)
        || (e.version() == t.lastVersion() + 1 && e.index() == 0);
    if (!next) {
      throw new EventOutOfOrderException("event " + e.id() + " does not follow " + t.lastEventId()
          + ", the last applied of its case: an event between them is missing");
    }
  }

  private static CaseTrack opened(RecordedEvent e, ZoneId zone) {
    CaseEvent.CaseOpened o = (CaseEvent.CaseOpened) e.event();
    return new CaseTrack(o.caseId(), e.tenant(), o.orderId(), o.caseType(), o.lines(), e.occurredAt(),
        LocalDate.ofInstant(e.occurredAt(), zone), 0, -1, EnumSet.noneOf(Mark.class), Map.of());
  }

  /** The counts one event adds, built up and then written as one update. */
  private final class Change {

    private final CaseTrack track;
    private final RecordedEvent recorded;
    private final WorkingCalendar calendar;
    private final Set<Mark> marks;
    private final Map<String, Actor> awaiting;
    private final Map<MetricKey, Map<String, Long>> increments = new LinkedHashMap<>();
    private final List<JumpState> jumpStates = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    Change(CaseTrack track, RecordedEvent recorded, WorkingCalendar calendar) {
      this.track = track;
      this.recorded = recorded;
      this.calendar = calendar;
      this.marks = track.marks().isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(track.marks());
      this.awaiting = new TreeMap<>(track.awaiting());
    }

    MetricsUpdate update(Optional<String> expectedLastEventId) {
      CaseTrack after = track.next(recorded.version(), recorded.index(), marks, awaiting);
      return new MetricsUpdate(after, expectedLastEventId, increments, jumpStates, notices);
    }

    void count() {
      if (recorded.actor() == Actor.MERCHANT && marks.add(Mark.RESPONDED)) {
        timed(Timed.RESPONSE);
      }
      CaseEvent event = recorded.event();
      if (event instanceof CaseEvent.CaseOpened o) {
        onCase(CounterNames.OPENED, 1);
        onCase(CounterNames.reason(o.reason()), 1);
      } else if (event instanceof CaseEvent.InfoRequested) {
        marks.add(Mark.INFO_REQUESTED);
      } else if (event instanceof CaseEvent.PartialRefundOffered) {
        marks.add(Mark.OFFERED);
      } else if (event instanceof CaseEvent.RequestRejected) {
        marks.add(Mark.REJECTED);
      } else if (event instanceof CaseEvent.ReceiptRefused || event instanceof CaseEvent.InspectionFailed) {
        marks.add(Mark.REFUSED);
      } else if (event instanceof CaseEvent.ComplaintFiled) {
        marks.add(Mark.COMPLAINED);
      } else if (event instanceof CaseEvent.Escalated && marks.add(Mark.ESCALATED)) {
        onCase(CounterNames.ESCALATED, 1);
      } else if (event instanceof CaseEvent.Ruled r) {
        onCase(CounterNames.RULINGS, 1);
        if (r.ruling() != Ruling.FOR_MERCHANT) {
          onCase(CounterNames.RULINGS_AGAINST_MERCHANT, 1);
        }
      } else if (event instanceof CaseEvent.DeadlineStarted s) {
        awaiting.put(s.deadline().id().value(), s.awaiting());
      } else if (event instanceof CaseEvent.DeadlineCancelled c) {
        awaiting.remove(c.deadline().value());
      } else if (event instanceof CaseEvent.DeadlineExpired x && awaiting.get(x.deadline().value()) == Actor.MERCHANT) {
        onCase(CounterNames.SILENCE_DEFAULTS, 1);
        if (marks.add(Mark.MERCHANT_SILENT)) {
          onCase(CounterNames.SILENT_CASES, 1);
        }
      } else if (event instanceof CaseEvent.RefundConfirmed r) {
        refunded(r);
      } else if (event instanceof CaseEvent.ReturnShipped) {
        returned();
      } else if (event instanceof CaseEvent.StateChanged s) {
        s.outcome().ifPresent(outcome -> ended(s.to(), outcome));
      } else if (event instanceof CaseEvent.Rated r) {
        onCase(CounterNames.RATINGS, 1);
        onCase(CounterNames.STARS_SUM, r.rating().stars());
        onCase(CounterNames.stars(r.rating().stars()), 1);
      }
    }

    private void refunded(CaseEvent.RefundConfirmed r) {
      if (r.amount().minorUnits() > 0) {
        onCase(CounterNames.refunded(r.amount().currency()), r.amount().minorUnits());
      }
      if (marks.add(Mark.REFUNDED)) {
        onCase(CounterNames.REFUNDED_CASES, 1);
        timed(Timed.REFUND);
      }
    }

    private void ended(CaseState to, CaseOutcome outcome) {
      if (!marks.add(Mark.ENDED)) {
        return;
      }
      onCase(CounterNames.ENDED, 1);
      onCase(CounterNames.outcome(outcome), 1);
      timed(Timed.HANDLING);
      if (to == CaseState.COMPLETED && EnumSet.of(Mark.INFO_REQUESTED, Mark.OFFERED, Mark.REJECTED, Mark.REFUSED,
          Mark.ESCALATED, Mark.COMPLAINED).stream().noneMatch(marks::contains)) {
        onCase(CounterNames.FIRST_CONTACT_RESOLVED, 1);
      }
      if (track.type() == CaseType.REPAIR) {
        onCase(CounterNames.REPAIRS_ENDED, 1);
        if (outcome == CaseOutcome.REPAIRED) {
          onCase(CounterNames.REPAIRS_COMPLETED, 1);
        }
      }
    }

    /** Counts a shipped return's units per product, and evaluates each product's return-rate alert. */
    private void returned() {
      if (track.type() != CaseType.RETURN_AND_REFUND) {
        return;
      }
      LocalDate shippedOn = LocalDate.ofInstant(recorded.occurredAt(), calendar.zone());
      Set<String> returnedProducts = new LinkedHashSet<>();
      for (OrderLine line : track.lines()) {
        Optional<Instant> received = ledger.receivedAt(track.tenant(), track.orderId(), line.lineId());
        if (received.isEmpty()) {
          onProduct(line.sku(), track.openedOn(), CounterNames.RETURNED_UNITS_RECEIPT_UNKNOWN, line.quantity());
          continue;
        }
        LocalDate receivedOn = LocalDate.ofInstant(received.get(), calendar.zone());
        // The statutory count: the 7 days start the day after receipt, so day 7 is receipt + 7.
        if (track.openedOn().isAfter(receivedOn.plusDays(7))) {
          onProduct(line.sku(), receivedOn, CounterNames.RETURNED_UNITS_LATE, line.quantity());
          continue;
        }
        onProduct(line.sku(), receivedOn, CounterNames.RETURNED_UNITS, line.quantity());
        onProduct(line.sku(), shippedOn, CounterNames.RETURNS_SHIPPED_UNITS, line.quantity());
        returnedProducts.add(line.sku());
      }
      returnedProducts.forEach(sku -> evaluateJump(sku, shippedOn));
    }

    private void evaluateJump(String sku, LocalDate today) {
      LocalDate recentFrom = today.minusDays(jumpRule.recentDays());
      LocalDate baselineFrom = recentFrom.minusDays(jumpRule.baselineDays());
      WindowCounts counts = new WindowCounts(
          store.counters(track.tenant(), sku, recentFrom, today).get(CounterNames.RETURNS_SHIPPED_UNITS),
          ledger.deliveredUnits(track.tenant(), sku, recentFrom, today),
          store.counters(track.tenant(), sku, baselineFrom, recentFrom).get(CounterNames.RETURNS_SHIPPED_UNITS),
          ledger.deliveredUnits(track.tenant(), sku, baselineFrom, recentFrom),
          ledger.deliveredUnits(track.tenant(), sku, baselineFrom.minusDays(jumpRule.settleDays()), baselineFrom));
      Optional<JumpState> stored = store.jumpState(track.tenant(), sku);
      boolean armed = stored.map(JumpState::armed).orElse(true);
      if (armed && jumpRule.isJump(counts)) {
        notices.add(new ReturnRateAlert(track.tenant(), sku, today, counts, jumpRule, recorded.id(),
            recorded.occurredAt()).toNotice());
        jumpStates.add(stored.map(s -> s.changedTo(false)).orElseGet(() -> new JumpState(track.tenant(), sku, false, 1)));
      } else if (!armed && jumpRule.isBackNearBaseline(counts)) {
        jumpStates.add(stored.orElseThrow().changedTo(true));
      }
    }

    /** Measures the time from the opening to this event on both clocks. */
    private void timed(Timed timed) {
      Instant at = recorded.occurredAt();
      measure(timed, Clock.WALL, Duration.between(track.openedAt(), at));
      try {
        measure(timed, Clock.WORKING, calendar.businessTimeBetween(track.openedAt(), at));
      } catch (DateTimeException noDataForTheYear) {
        onCase(CounterNames.uncounted(timed), 1);
      }
    }

    private void measure(Timed timed, Clock clock, Duration duration) {
      long seconds = Math.max(0, duration.getSeconds());
      onCase(CounterNames.count(timed, clock), 1);
      if (seconds > 0) {
        onCase(CounterNames.sumSeconds(timed, clock), seconds);
      }
      onCase(CounterNames.histogram(timed, clock) + DurationHistogram.bucketOf(seconds), 1);
    }

    /** Counts a case figure on its opening day, for the merchant and for each of the case's products once. */
    private void onCase(String name, long amount) {
      add(new MetricKey(track.tenant(), MetricKey.ALL_PRODUCTS, track.openedOn()), name, amount);
      track.lines().stream().map(OrderLine::sku).distinct()
          .forEach(sku -> add(new MetricKey(track.tenant(), sku, track.openedOn()), name, amount));
    }

    /** Counts units of one product on a day, for the product and for the merchant. */
    private void onProduct(String sku, LocalDate day, String name, long amount) {
      add(new MetricKey(track.tenant(), MetricKey.ALL_PRODUCTS, day), name, amount);
      add(new MetricKey(track.tenant(), sku, day), name, amount);
    }

    private void add(MetricKey key, String name, long amount) {
      increments.computeIfAbsent(key, k -> new HashMap<>()).merge(name, amount, Math::addExact);
    }
  }
}
