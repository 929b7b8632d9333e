package org.aftersales.policy.evidence;

import java.util.Objects;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.GoodsCategory;

/**
 * The act evidence is checked for and the case it belongs to.
 *
 * @param occasion the act
 * @param reason the case's reason
 * @param type the case's type
 * @param category the goods' category
 * @param standing the buyer's standing
 */
public record EvidenceSituation(
    EvidenceOccasion occasion, Reason reason, CaseType type, GoodsCategory category, BuyerStanding standing) {

  /**
   * Validates the situation.
   *
   * @throws NullPointerException if any argument is null
   */
  public EvidenceSituation {
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(standing, "standing");
  }
}
