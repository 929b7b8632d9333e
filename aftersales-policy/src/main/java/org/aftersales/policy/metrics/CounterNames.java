package org.aftersales.policy.metrics;

import java.util.Currency;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.Reason;

/**
 * The names the projection counts under. Case figures count on the day the case was opened; returned
 * units on the day the buyer received the goods; returns shipped on the day they were shipped.
 */
public final class CounterNames {

  /** Cases opened. */
  public static final String OPENED = "cases.opened";
  /** Cases ended (completed or closed). */
  public static final String ENDED = "cases.ended";
  /** Cases a party escalated at least once. */
  public static final String ESCALATED = "cases.escalated";
  /** Platform rulings, and those for the buyer or a partial refund: against the merchant. */
  public static final String RULINGS = "rulings";
  /** Rulings for the buyer or a partial refund. */
  public static final String RULINGS_AGAINST_MERCHANT = "rulings.againstMerchant";
  /** Ended cases resolved on first contact (see {@link MerchantMetrics#firstContactResolution()}). */
  public static final String FIRST_CONTACT_RESOLVED = "cases.firstContactResolved";
  /** Repair cases ended, and those ended repaired. */
  public static final String REPAIRS_ENDED = "repairs.ended";
  /** Repair cases ended repaired. */
  public static final String REPAIRS_COMPLETED = "repairs.completed";
  /** Default actions fired on deadlines the merchant was awaited on. */
  public static final String SILENCE_DEFAULTS = "silence.defaults";
  /** Cases with at least one such default action. */
  public static final String SILENT_CASES = "silence.cases";
  /** Ratings, the sum of their stars, and per star count. */
  public static final String RATINGS = "ratings";
  /** The sum of the ratings' stars. */
  public static final String STARS_SUM = "ratings.starsSum";
  /** Units returned within 7 days of receipt, on the receipt day. */
  public static final String RETURNED_UNITS = "returns.units7d";
  /** Units returned within 7 days of receipt, on the day the buyer shipped them: the alert's flow. */
  public static final String RETURNS_SHIPPED_UNITS = "returns.shippedUnits7d";
  /** Units shipped back whose receipt the ledger did not know, on the opening day. */
  public static final String RETURNED_UNITS_RECEIPT_UNKNOWN = "returns.unitsReceiptUnknown";
  /** Units shipped back more than 7 days after receipt, on the receipt day. */
  public static final String RETURNED_UNITS_LATE = "returns.unitsLate";
  /** The prefix of the refund counters, before the currency code. */
  public static final String REFUNDED_PREFIX = "refunds.minor.";
  /** Cases with at least one confirmed refund. */
  public static final String REFUNDED_CASES = "refunds.cases";

  private CounterNames() {}

  /** Cases opened for a reason. */
  public static String reason(Reason reason) {
    return "reason." + reason.name();
  }

  /** Cases ended with an outcome. */
  public static String outcome(CaseOutcome outcome) {
    return "outcome." + outcome.name();
  }

  /** Ratings of a number of stars. */
  public static String stars(int stars) {
    return "ratings.stars" + stars;
  }

  /** Confirmed refunds in a currency, in minor units. */
  public static String refunded(Currency currency) {
    return REFUNDED_PREFIX + currency.getCurrencyCode();
  }

  /** The number of durations measured on a clock. */
  public static String count(Timed timed, Clock clock) {
    return timed.prefix + "." + clock.prefix + ".count";
  }

  /** The sum of the durations measured on a clock, in seconds. */
  public static String sumSeconds(Timed timed, Clock clock) {
    return timed.prefix + "." + clock.prefix + ".sumSeconds";
  }

  /** The histogram of the durations measured on a clock, without the bucket number. */
  public static String histogram(Timed timed, Clock clock) {
    return timed.prefix + "." + clock.prefix + ".h";
  }

  /** Durations whose working time the tenant's calendar could not count (no data for a year). */
  public static String uncounted(Timed timed) {
    return timed.prefix + ".working.uncounted";
  }

  /** What is timed, always from the case's opening. */
  public enum Timed {
    /** To the first event the merchant caused. */
    RESPONSE("response"),
    /** To the end of the case. */
    HANDLING("handling"),
    /** To the first confirmed refund. */
    REFUND("refund");

    private final String prefix;

    Timed(String prefix) {
      this.prefix = prefix;
    }
  }

  /** Which clock measures. */
  public enum Clock {
    /** Elapsed time. */
    WALL("wall"),
    /** Business time on the tenant's working calendar. */
    WORKING("working");

    private final String prefix;

    Clock(String prefix) {
      this.prefix = prefix;
    }
  }
}
