package org.aftersales.policy.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.Notice;

/**
 * A product's return rate jumped: the figures that triggered the alert, sent through the outbox as a
 * {@link Notice} of type {@value #TYPE}.
 *
 * @param tenant the merchant
 * @param product the sku
 * @param evaluatedOn the day of evaluation; the recent window is the {@code rule.recentDays()} days before it
 * @param counts the windows' returns and deliveries
 * @param rule the rule that decided
 * @param triggeredBy the id of the event whose arrival evaluated the rule; the notice's id derives from it
 * @param raisedAt when that event occurred
 */
public record ReturnRateAlert(
    TenantId tenant, String product, LocalDate evaluatedOn, WindowCounts counts, ReturnRateJumpRule rule,
    String triggeredBy, Instant raisedAt) {

  /** The notice type of a return-rate alert. */
  public static final String TYPE = "ReturnRateJumped";

  /** @throws NullPointerException if any argument is null */
  public ReturnRateAlert {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(evaluatedOn, "evaluatedOn");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(triggeredBy, "triggeredBy");
    Objects.requireNonNull(raisedAt, "raisedAt");
  }

  /**
   * Returns the alert as a notice: id {@code return-rate-jump:<event id>:<sku>}, keyed by the sku, with
   * the windows' dates, returns, deliveries, rates, z and the rule's thresholds as fields.
   */
  public Notice toNotice() {
    Map<String, String> fields = new TreeMap<>();
    fields.put("product", product);
    fields.put("evaluatedOn", evaluatedOn.toString());
    fields.put("recentFrom", evaluatedOn.minusDays(rule.recentDays()).toString());
    fields.put("baselineFrom", evaluatedOn.minusDays(rule.recentDays() + rule.baselineDays()).toString());
    fields.put("recentReturned", Long.toString(counts.recentReturned()));
    fields.put("recentDelivered", Long.toString(counts.recentDelivered()));
    fields.put("baselineReturned", Long.toString(counts.baselineReturned()));
    fields.put("baselineDelivered", Long.toString(counts.baselineDelivered()));
    fields.put("settledDelivered", Long.toString(counts.settledDelivered()));
    fields.put("recentRate", Double.toString(counts.recentRate()));
    fields.put("baselineRate", Double.toString(counts.baselineRate()));
    fields.put("z", Double.toString(counts.z()));
    fields.put("alertZ", Double.toString(rule.alertZ()));
    fields.put("triggeredBy", triggeredBy);
    return Notice.of("return-rate-jump:" + triggeredBy + ":" + product, tenant, TYPE, "return-rate:" + product,
        raisedAt, fields);
  }
}
