package org.aftersales.policy.refund;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.aftersales.money.Money;

/**
 * The deductions and releases of one refund, and what the refund has left: every deduction is
 * capped by it, so a refund is never negative, and every release adds to it. Each step adds its
 * sentence to the refund's explanation.
 */
final class Holdbacks {

  private final Currency currency;
  private final List<String> explanation;
  private final List<Deduction> deductions = new ArrayList<>();
  private final List<Deduction> released = new ArrayList<>();
  /** What the refund has left for deductions, in minor units. */
  private long available;

  /** Starts with {@code gross}, what the refund gives back before anything is held back. */
  Holdbacks(Money gross, List<String> explanation) {
    this.currency = gross.currency();
    this.available = gross.minorUnits();
    this.explanation = explanation;
  }

  /** Deducts a positive {@code delta} (capped) or releases a negative one; zero does nothing. */
  void settle(DeductionKind kind, String subject, long delta, String ruleId, String wording) {
    if (delta > 0) {
      deduct(kind, subject, delta, ruleId, wording);
    } else if (delta < 0) {
      Money amount = Money.of(-delta, currency);
      available += -delta;
      String text = "Released " + amount + " deducted earlier (" + kind + ", " + subject + "): " + wording;
      released.add(new Deduction(kind, subject, amount, ruleId, text));
      explanation.add(text + " [" + ruleId + "]");
    }
  }

  /** Deducts {@code wanted} minor units, more than zero, or what is left when that is less. */
  void deduct(DeductionKind kind, String subject, long wanted, String ruleId, String wording) {
    long taken = Math.min(wanted, available);
    String cap = taken < wanted ? " (capped at what the refund had left, " + Money.of(taken, currency) + ")" : "";
    if (taken == 0) {
      explanation.add("Nothing left to deduct " + Money.of(wanted, currency) + " from: " + wording + " [" + ruleId + "]");
      return;
    }
    available -= taken;
    Money amount = Money.of(taken, currency);
    String text = "Deducted " + amount + ": " + wording + cap;
    deductions.add(new Deduction(kind, subject, amount, ruleId, text));
    explanation.add(text + " [" + ruleId + "]");
  }

  /** Returns what the refund has left: its total once every step is done. */
  Money left() {
    return Money.of(available, currency);
  }

  List<Deduction> deductions() {
    return deductions;
  }

  List<Deduction> released() {
    return released;
  }
}
