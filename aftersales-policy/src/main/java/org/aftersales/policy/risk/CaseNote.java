package org.aftersales.policy.risk;

import java.util.Objects;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.TenantId;

/**
 * What the risk projection keeps of one case, so that each later event of it is counted against the
 * right buyer in constant time.
 *
 * @param tenant the shop
 * @param buyer the buyer who opened the case
 * @param type the case type
 * @param reason the request's reason, as last changed
 * @param returned whether the buyer shipped the goods back
 * @param instantRefund whether the case was refunded instantly when the goods shipped
 * @param refundCounted whether a refund of the case was already counted
 */
public record CaseNote(TenantId tenant, PartyId buyer, CaseType type, Reason reason, boolean returned,
    boolean instantRefund, boolean refundCounted) {

  /**
   * Validates the note.
   *
   * @throws NullPointerException if any argument is null
   */
  public CaseNote {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
  }

  CaseNote withReason(Reason changed) {
    return new CaseNote(tenant, buyer, type, changed, returned, instantRefund, refundCounted);
  }

  CaseNote withReturn() {
    return new CaseNote(tenant, buyer, type, reason, true, instantRefund, refundCounted);
  }

  CaseNote withInstantRefund() {
    return new CaseNote(tenant, buyer, type, reason, returned, true, refundCounted);
  }

  CaseNote withRefundCounted() {
    return new CaseNote(tenant, buyer, type, reason, returned, instantRefund, true);
  }
}
