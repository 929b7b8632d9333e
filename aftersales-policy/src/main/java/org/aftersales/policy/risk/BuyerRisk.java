package org.aftersales.policy.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;
import org.aftersales.policy.eligibility.BuyerStanding;

/**
 * Assesses buyers under a shop's {@link RiskTerms}: reads the counts the {@link BuyerRiskProjection}
 * keeps and the host's completed orders, and raises the flags the rules call for. The host's one call
 * before deciding a request is {@link #assess(TenantId, PartyId)}; its {@link BuyerAssessment#standing()}
 * goes into the {@code EligibilityRequest}, so that a flagged buyer meets the policy's stricter
 * evidence rules.
 *
 * <p>A count rule raises a flag at each event whose window (the window's length, ending at the event)
 * holds {@code atLeast} events; the flag lasts {@code flagFor} from that event, and only the latest one
 * raised by the moment assessed is shown. A ratio rule flags while the returns in the window ending at
 * the moment assessed, per completed order, reach its threshold with at least {@code minSample}
 * returns; the flag is dated from the latest of those returns and lasts {@code flagFor} from it. The
 * time is the injected clock's: the class never reads the system time.
 *
 * <p>Thread-safe if its ports are.
 */
public final class BuyerRisk {

  private static final long BASIS_POINTS = 10_000;

  private final RiskTerms terms;
  private final BuyerRiskStore store;
  private final CompletedOrders orders;
  private final Clock clock;

  /**
   * Creates the assessor.
   *
   * @throws NullPointerException if any argument is null
   */
  public BuyerRisk(RiskTerms terms, BuyerRiskStore store, CompletedOrders orders, Clock clock) {
    this.terms = Objects.requireNonNull(terms, "terms");
    this.store = Objects.requireNonNull(store, "store");
    this.orders = Objects.requireNonNull(orders, "orders");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Returns the terms assessed under. */
  public RiskTerms terms() {
    return terms;
  }

  /**
   * Assesses a buyer now, by the injected clock.
   *
   * @throws NullPointerException if any argument is null
   */
  public BuyerAssessment assess(TenantId tenant, PartyId buyer) {
    return assessAt(tenant, buyer, clock.instant());
  }

  /**
   * Assesses a buyer at a moment: events after it do not count, flags expired by then do not either.
   *
   * @throws NullPointerException if any argument is null
   */
  public BuyerAssessment assessAt(TenantId tenant, PartyId buyer, Instant at) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(at, "at");
    Map<RiskMeasure, List<Instant>> events = new EnumMap<>(RiskMeasure.class);
    Map<RiskMeasure, Long> counts = new EnumMap<>(RiskMeasure.class);
    for (RiskMeasure measure : RiskMeasure.values()) {
      if (measure.isCount()) {
        List<Instant> upTo = store.incidents(tenant, buyer, measure).stream().filter(t -> !t.isAfter(at)).sorted()
            .toList();
        events.put(measure, upTo);
        counts.put(measure, upTo.stream().filter(t -> inWindowEndingAt(t, at)).count());
      }
    }
    long completed = orders.count(tenant, buyer);
    if (completed < 0) {
      throw new IllegalStateException("CompletedOrders reported " + completed + " orders for buyer " + buyer);
    }
    List<RiskFlag> flags = new ArrayList<>();
    for (RiskRule rule : terms.rules()) {
      (rule.measure().isCount() ? countFlag(rule, events.get(rule.measure()), at)
          : ratioFlag(rule, events.get(RiskMeasure.RETURNS), counts.get(RiskMeasure.RETURNS), completed, at))
          .ifPresent(flags::add);
    }
    BuyerStanding standing = !flags.isEmpty() ? BuyerStanding.FLAGGED
        : terms.trustedAfterCompletedOrders().isPresent() && completed >= terms.trustedAfterCompletedOrders().getAsInt()
            ? BuyerStanding.TRUSTED : BuyerStanding.STANDARD;
    return new BuyerAssessment(at, standing, flags, counts, completed);
  }

  /** The latest flag raised by {@code at} that has not expired: two pointers over the sorted events. */
  private Optional<RiskFlag> countFlag(RiskRule rule, List<Instant> sorted, Instant at) {
    Optional<RiskFlag> latest = Optional.empty();
    int first = 0;
    for (int i = 0; i < sorted.size(); i++) {
      Instant t = sorted.get(i);
      while (!inWindowEndingAt(sorted.get(first), t)) {
        first++;
      }
      int inWindow = i - first + 1;
      if (inWindow >= rule.atLeast() && t.plus(rule.flagFor()).isAfter(at)) {
        latest = Optional.of(new RiskFlag(rule.ref(), rule.measure(), inWindow, rule.atLeast(), t, t.plus(rule.flagFor())));
      }
    }
    return latest;
  }

  private Optional<RiskFlag> ratioFlag(RiskRule rule, List<Instant> returns, long returnsInWindow, long completed,
      Instant at) {
    if (completed == 0 || returnsInWindow < rule.minSample()) {
      return Optional.empty();
    }
    long basisPoints = returnsInWindow * BASIS_POINTS / completed;
    Instant latest = returns.get(returns.size() - 1);
    return basisPoints >= rule.atLeast() && latest.plus(rule.flagFor()).isAfter(at)
        ? Optional.of(new RiskFlag(rule.ref(), rule.measure(), basisPoints, rule.atLeast(), latest,
            latest.plus(rule.flagFor())))
        : Optional.empty();
  }

  /** An event counts in the window ending at {@code end} if it is after {@code end - window} and not after {@code end}. */
  private boolean inWindowEndingAt(Instant event, Instant end) {
    return event.isAfter(end.minus(terms.window())) && !event.isAfter(end);
  }
}
