package org.aftersales.policy.score;

import java.time.Duration;
import java.util.Optional;
import org.aftersales.policy.metrics.CounterNames.Clock;
import org.aftersales.policy.metrics.MerchantMetrics;
import org.aftersales.policy.metrics.Ratio;
import org.aftersales.policy.metrics.TimeFigures;

/**
 * A figure of {@link MerchantMetrics} that a score or badge can weigh: shares as a fraction in [0, 1],
 * times in hours. Each says whether higher is better and how large its sample is.
 */
public enum ScoredMetric {
  /** Mean working hours to the merchant's first response; lower is better. */
  RESPONSE_WORKING_HOURS_MEAN(false),
  /** 90th percentile of working hours from opening to end; lower is better. */
  HANDLING_WORKING_HOURS_P90(false),
  /** 90th percentile of wall-clock hours from opening to the first confirmed refund; lower is better. */
  REFUND_HOURS_P90(false),
  /** Share of cases escalated; lower is better. */
  ESCALATION_RATE(false),
  /** Share of rulings against the merchant; lower is better. */
  RULINGS_AGAINST_RATE(false),
  /** Share of ended cases resolved on first contact; higher is better. */
  FIRST_CONTACT_RESOLUTION(true),
  /** Share of ended repairs completed; higher is better. */
  REPAIR_COMPLETION(true),
  /** Share of cases with a default action on the merchant's silence; lower is better. */
  SILENT_CASE_RATE(false),
  /** Share of ratings with 4 or 5 stars; higher is better. */
  SATISFIED_RATE(true),
  /** 7-day return rate; lower is better. */
  RETURN_RATE_7D(false);

  private final boolean higherIsBetter;

  ScoredMetric(boolean higherIsBetter) {
    this.higherIsBetter = higherIsBetter;
  }

  /** Returns whether a higher value is better. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** Returns the metric's value and sample in the figures; a share carries its ratio. */
  public Measured measure(MerchantMetrics m) {
    return switch (this) {
      case RESPONSE_WORKING_HOURS_MEAN -> time(m.responseTime(Clock.WORKING), m.responseTime(Clock.WORKING).mean());
      case HANDLING_WORKING_HOURS_P90 -> time(m.handlingTime(Clock.WORKING), m.handlingTime(Clock.WORKING).p90());
      case REFUND_HOURS_P90 -> time(m.refundTime(Clock.WALL), m.refundTime(Clock.WALL).p90());
      case ESCALATION_RATE -> share(m.escalationRate());
      case RULINGS_AGAINST_RATE -> share(m.rulingsAgainstMerchant());
      case FIRST_CONTACT_RESOLUTION -> share(m.firstContactResolution());
      case REPAIR_COMPLETION -> share(m.repairCompletion());
      case SILENT_CASE_RATE -> share(m.casesWithSilenceDefault());
      case SATISFIED_RATE -> share(m.satisfied());
      case RETURN_RATE_7D -> m.returnRate7d().map(ScoredMetric::share).orElseGet(() -> new Measured(Optional.empty(), 0, Optional.empty()));
    };
  }

  private static Measured time(TimeFigures figures, Optional<Duration> value) {
    return new Measured(value.map(d -> d.getSeconds() / 3600.0), figures.count(), Optional.empty());
  }

  private static Measured share(Ratio ratio) {
    return new Measured(ratio.value(), ratio.trials(), Optional.of(ratio));
  }

  /**
   * A metric's value in some figures.
   *
   * @param value the value, empty when nothing was measured
   * @param sample how many cases, rulings, ratings or units it rests on
   * @param ratio the share's hits and trials, for a share
   */
  public record Measured(Optional<Double> value, long sample, Optional<Ratio> ratio) {}
}
