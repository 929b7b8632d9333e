package org.aftersales.policy.metrics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.TenantId;
import org.aftersales.money.Money;
import org.aftersales.policy.metrics.CounterNames.Clock;
import org.aftersales.policy.metrics.CounterNames.Timed;

/**
 * A merchant's (or one product's) after-sales figures over the days {@code [from, to)}: the cases
 * opened in those days and everything that has happened to them so far, and the units received in
 * those days with their returns. Read them with {@link #of}.
 *
 * @param tenant the merchant
 * @param product a sku, or {@link MetricKey#ALL_PRODUCTS}
 * @param from the first day
 * @param to the day after the last
 * @param counters the summed counters the figures come from
 * @param deliveredUnits the units the ledger says buyers received in the days
 */
public record MerchantMetrics(
    TenantId tenant, String product, LocalDate from, LocalDate to, Counters counters, long deliveredUnits) {

  /** @throws NullPointerException if an argument is null */
  public MerchantMetrics {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(counters, "counters");
  }

  /**
   * Reads the figures of a merchant's product, or of all its products ({@link MetricKey#ALL_PRODUCTS}).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if to is before from
   */
  public static MerchantMetrics of(MetricsStore store, DeliveryLedger ledger, TenantId tenant, String product,
      LocalDate from, LocalDate to) {
    return new MerchantMetrics(tenant, product, from, to, store.counters(tenant, product, from, to),
        ledger.deliveredUnits(tenant, product, from, to));
  }

  /** Returns the cases opened. */
  public long casesOpened() {
    return counters.get(CounterNames.OPENED);
  }

  /** Returns the cases opened per reason, every reason present. */
  public Map<Reason, Long> reasons() {
    Map<Reason, Long> reasons = new EnumMap<>(Reason.class);
    for (Reason reason : Reason.values()) {
      reasons.put(reason, counters.get(CounterNames.reason(reason)));
    }
    return reasons;
  }

  /** Returns the ended cases per outcome, every outcome present. */
  public Map<CaseOutcome, Long> outcomes() {
    Map<CaseOutcome, Long> outcomes = new EnumMap<>(CaseOutcome.class);
    for (CaseOutcome outcome : CaseOutcome.values()) {
      outcomes.put(outcome, counters.get(CounterNames.outcome(outcome)));
    }
    return outcomes;
  }

  /** Returns the confirmed refunds per currency, exact. */
  public Map<Currency, Money> refunded() {
    String prefix = CounterNames.REFUNDED_PREFIX;
    Map<Currency, Money> refunded = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    counters.values().forEach((name, minor) -> {
      if (name.startsWith(prefix)) {
        Currency currency = Currency.getInstance(name.substring(prefix.length()));
        refunded.put(currency, Money.of(minor, currency));
      }
    });
    return refunded;
  }

  /**
   * Returns the 7-day return rate: units received in the days that the buyer sent back on a
   * return-and-refund case opened within 7 days of receipt (counted from the day after), over the
   * units received in the days. Empty when nothing was received, or when the ledger reports fewer
   * units received than returned (its figures are incomplete, and no honest rate can be given).
   */
  public Optional<Ratio> returnRate7d() {
    long returned = counters.get(CounterNames.RETURNED_UNITS);
    return returned > deliveredUnits ? Optional.empty() : Optional.of(new Ratio(returned, deliveredUnits));
  }

  /** Returns the time to the merchant's first response, on a clock. */
  public TimeFigures responseTime(Clock clock) {
    return TimeFigures.of(counters, Timed.RESPONSE, clock);
  }

  /** Returns the time from opening to the end of the case, on a clock. */
  public TimeFigures handlingTime(Clock clock) {
    return TimeFigures.of(counters, Timed.HANDLING, clock);
  }

  /** Returns the time from opening to the first confirmed refund, on a clock. */
  public TimeFigures refundTime(Clock clock) {
    return TimeFigures.of(counters, Timed.REFUND, clock);
  }

  /** Returns the share of cases opened that a party escalated to the platform. */
  public Ratio escalationRate() {
    return new Ratio(counters.get(CounterNames.ESCALATED), casesOpened());
  }

  /** Returns the share of platform rulings that went against the merchant (for the buyer, or a partial refund). */
  public Ratio rulingsAgainstMerchant() {
    return new Ratio(counters.get(CounterNames.RULINGS_AGAINST_MERCHANT), counters.get(CounterNames.RULINGS));
  }

  /**
   * Returns the share of ended cases resolved on first contact: the case completed (the request was
   * fulfilled) and on the way nobody asked the buyer for more information, the merchant neither offered
   * something else nor rejected the request nor refused the goods, nobody escalated and the buyer did
   * not complain. A case the merchant's silence approved counts too: the buyer needed no second contact.
   */
  public Ratio firstContactResolution() {
    return new Ratio(counters.get(CounterNames.FIRST_CONTACT_RESOLVED), counters.get(CounterNames.ENDED));
  }

  /** Returns the share of ended repair cases that ended repaired. */
  public Ratio repairCompletion() {
    return new Ratio(counters.get(CounterNames.REPAIRS_COMPLETED), counters.get(CounterNames.REPAIRS_ENDED));
  }

  /** Returns the default actions fired on deadlines the merchant was awaited on. */
  public long silenceDefaults() {
    return counters.get(CounterNames.SILENCE_DEFAULTS);
  }

  /** Returns the share of cases opened with at least one default action on the merchant's silence. */
  public Ratio casesWithSilenceDefault() {
    return new Ratio(counters.get(CounterNames.SILENT_CASES), casesOpened());
  }

  /** Returns the ratings given. */
  public long ratings() {
    return counters.get(CounterNames.RATINGS);
  }

  /** Returns the mean stars of the ratings, 1 to 5; empty if none. */
  public Optional<Double> meanStars() {
    long ratings = ratings();
    return ratings == 0 ? Optional.empty() : Optional.of((double) counters.get(CounterNames.STARS_SUM) / ratings);
  }

  /** Returns the share of ratings with 4 or 5 stars. */
  public Ratio satisfied() {
    return new Ratio(counters.get(CounterNames.stars(4)) + counters.get(CounterNames.stars(5)), ratings());
  }
}
