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
 * @param disputeOpen whether an escalation awaits the platform's ruling
 */
public record CaseNote(TenantId tenant, PartyId buyer, CaseType type, Reason reason, boolean returned,
    boolean instantRefund, boolean refundCounted, boolean disputeOpen) {

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

  /** Returns the note of a newly opened case. */
  static CaseNote opened(TenantId tenant, PartyId buyer, CaseType type, Reason reason) {
    return new CaseNote(tenant, buyer, type, reason, false, false, false, false);
  }

  CaseNote withReason(Reason changed) {
    return new CaseNote(tenant, buyer, type, changed, returned, instantRefund, refundCounted, disputeOpen);
  }

  CaseNote withReturn() {
    return new CaseNote(tenant, buyer, type, reason, true, instantRefund, refundCounted, disputeOpen);
  }

  CaseNote withInstantRefund() {
    return new CaseNote(tenant, buyer, type, reason, returned, true, refundCounted, disputeOpen);
  }

  CaseNote withRefundCounted() {
    return new CaseNote(tenant, buyer, type, reason, returned, instantRefund, true, disputeOpen);
  }

  CaseNote withDisputeOpen(boolean open) {
    return new CaseNote(tenant, buyer, type, reason, returned, instantRefund, refundCounted, open);
  }
}
