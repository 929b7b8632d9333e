package org.aftersales.policy.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Set;
import org.aftersales.policy.refund.RefundRoute;
import org.aftersales.policy.refund.RefundTerms;
import org.aftersales.policy.source.Cited;
import org.aftersales.policy.source.RuleRef;

/**
 * The {@code "refund"} section: the rule's {@code "id"} and {@code "source"}, the {@code "route"}
 * money goes back by ({@code "ORIGINAL_PAYMENT"}, {@code "STORE_BALANCE"} or {@code "BANK_CARD"}), the booleans {@code
 * "deductReturnShipping"}, {@code "chargeWaivedShipping"}, {@code "clawBackBrokenThresholds"},
 * {@code "deductKeptGifts"}, {@code "keepPremiumDeliverySurplus"}, {@code "pointsInKind"}, {@code
 * "couponsInKind"}, and {@code "restockingFeeBasisPoints"} and {@code "depreciationCapBasisPoints"},
 * integers from 0 to 10000. Every field is required: a refund rule the document does not state
 * would otherwise be a default nobody chose.
 */
final class RefundSection implements PolicySection<Cited<RefundTerms>> {

  static final RefundSection INSTANCE = new RefundSection();

  /** Points are a tender's kind, not a route money can take; refused where read. */
  private static final Set<RefundRoute> MONEY_ROUTES = EnumSet.of(RefundRoute.ORIGINAL_PAYMENT, RefundRoute.STORE_BALANCE, RefundRoute.BANK_CARD);
  private static final int ALL = 10_000;

  private RefundSection() {}

  @Override
  public String name() {
    return "refund";
  }

  @Override
  public Cited<RefundTerms> read(FieldReader section) {
    RuleRef ref = RuleRefs.read(section);
    RefundRoute route = section.enumValue("route", RefundRoute.class, MONEY_ROUTES);
    boolean returnShipping = section.bool("deductReturnShipping");
    boolean waivedShipping = section.bool("chargeWaivedShipping");
    boolean thresholds = section.bool("clawBackBrokenThresholds");
    boolean keptGifts = section.bool("deductKeptGifts");
    int restocking = section.integer("restockingFeeBasisPoints", 0, ALL);
    int depreciation = section.integer("depreciationCapBasisPoints", 0, ALL);
    boolean premiumSurplus = section.bool("keepPremiumDeliverySurplus");
    boolean points = section.bool("pointsInKind");
    boolean coupons = section.bool("couponsInKind");
    return section.build(() -> Cited.of(ref, new RefundTerms(thresholds, waivedShipping, keptGifts, returnShipping,
        restocking, depreciation, premiumSurplus, points, coupons, route)));
  }

  @Override
  public ObjectNode write(Cited<RefundTerms> cited, JsonNodeFactory json) {
    RefundTerms terms = cited.terms();
    return RuleRefs.write(cited.ref(), json.objectNode())
        .put("route", terms.route().name())
        .put("deductReturnShipping", terms.deductReturnShipping())
        .put("chargeWaivedShipping", terms.chargeWaivedShipping())
        .put("clawBackBrokenThresholds", terms.clawBackBrokenThresholds())
        .put("deductKeptGifts", terms.deductKeptGifts())
        .put("restockingFeeBasisPoints", terms.restockingFeeBasisPoints())
        .put("depreciationCapBasisPoints", terms.depreciationCapBasisPoints())
        .put("keepPremiumDeliverySurplus", terms.keepPremiumDeliverySurplus())
        .put("pointsInKind", terms.pointsInKind())
        .put("couponsInKind", terms.couponsInKind());
  }
}
