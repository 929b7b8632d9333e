package org.aftersales.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.money.Money;

/**
 * An after-sales case (售后单) as it stands after its events: the immutable aggregate that
 * {@link CaseDecider} decides on and {@link CaseEvolver} folds events into.
 *
 * @param id the case
 * @param tenant the shop that owns it
 * @param orderId the paid order it covers
 * @param buyerId the buyer who opened it
 * @param type what the buyer asks for
 * @param reason why
 * @param channel where the request came from
 * @param lines the order lines covered
 * @param requestedRefund what the buyer asked back
 * @param description the buyer's words
 * @param state where the case stands
 * @param outcome how it ended, present exactly when the state is terminal
 * @param evidence every piece of evidence, in the order received
 * @param deadlines the deadlines running or paused now
 * @param returnAddress where the goods go back, once given
 * @param returnShipment the buyer's parcel back, once shipped
 * @param outboundShipment the replacement, the repaired item or refused goods sent back, once shipped
 * @param repairPlan the merchant's repair plan, once proposed
 * @param offeredRefund the merchant's partial-refund offer while the buyer considers it
 * @param informationRequests how many times the buyer was asked for more information
 * @param partialRefundOffers how many partial refunds the merchant offered
 * @param refundDue what is refunded when the case refunds: the request, or what a ruling, an accepted
 *     offer or a refund instead of goods set
 * @param refundAttempts how many times a refund was requested
 * @param refunded what the payment provider confirmed refunded
 * @param rating the buyer's rating, once given
 * @param review the platform's review of the latest escalation, once the case was escalated
 * @param complaints how many complaints about the handling the buyer filed
 * @param complaintOpen whether a complaint awaits the platform's answer
 * @param instantRefund the refund paid when the buyer shipped the return, before inspection, if one was granted
 * @param openedAt when the case was opened
 * @param updatedAt when the last event happened
 * @param version the number of accepted commands, from 1; the optimistic-concurrency version
 */
public record AfterSalesCase(
    CaseId id,
    TenantId tenant,
    OrderId orderId,
    PartyId buyerId,
    CaseType type,
    Reason reason,
    Channel channel,
    List<OrderLine> lines,
    Money requestedRefund,
    String description,
    CaseState state,
    Optional<CaseOutcome> outcome,
    List<Evidence> evidence,
    List<Deadline> deadlines,
    Optional<ReturnAddress> returnAddress,
    Optional<Shipment> returnShipment,
    Optional<Shipment> outboundShipment,
    Optional<RepairPlan> repairPlan,
    Optional<Money> offeredRefund,
    int informationRequests,
    int partialRefundOffers,
    Money refundDue,
    int refundAttempts,
    Money refunded,
    Optional<Rating> rating,
    Optional<PlatformReview> review,
    int complaints,
    boolean complaintOpen,
    Optional<InstantRefund> instantRefund,
    Instant openedAt,
    Instant updatedAt,
    long version) {

  /**
   * Checks that nothing is null and copies the lists.
   *
   * @throws NullPointerException if any argument is null
   */
  public AfterSalesCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(buyerId, "buyerId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(channel, "channel");
    lines = List.copyOf(lines);
    Objects.requireNonNull(requestedRefund, "requestedRefund");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(outcome, "outcome");
    evidence = List.copyOf(evidence);
    deadlines = List.copyOf(deadlines);
    Objects.requireNonNull(returnAddress, "returnAddress");
    Objects.requireNonNull(returnShipment, "returnShipment");
    Objects.requireNonNull(outboundShipment, "outboundShipment");
    Objects.requireNonNull(repairPlan, "repairPlan");
    Objects.requireNonNull(offeredRefund, "offeredRefund");
    Objects.requireNonNull(refundDue, "refundDue");
    Objects.requireNonNull(refunded, "refunded");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(instantRefund, "instantRefund");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * Returns what the buyer paid for the lines the case covers.
   *
   * @return the sum of the lines' amounts paid, in the case's currency
   */
  public Money amountPaid() {
    return Money.sum(lines.stream().map(OrderLine::amountPaid).toList(), requestedRefund.currency());
  }

  /**
   * Returns the deadline with this id, running or paused.
   *
   * @param deadlineId the deadline's id
   * @return the deadline, or empty if no running or paused deadline has that id
   */
  public Optional<Deadline> deadline(DeadlineId deadlineId) {
    for (Deadline d : deadlines) {
      if (d.id().equals(deadlineId)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the running or paused deadline of this kind.
   *
   * @param kind the step the deadline limits
   * @return the deadline, or empty if none of that kind is running or paused
   */
  public Optional<Deadline> deadline(DeadlineKind kind) {
    for (Deadline d : deadlines) {
      if (d.kind() == kind) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns who must act next, as the case type's lifecycle table says; empty once the case has ended.
   *
   * @return the party the current state waits on, or empty if none
   */
  public Optional<Actor> awaiting() {
    return Lifecycles.of(type).spec(state).awaiting();
  }

  /**
   * Returns the deadlines whose clocks run now (not paused).
   *
   * @return the running deadlines, in the order of {@link #deadlines()}; empty if none runs
   */
  public List<Deadline> runningDeadlines() {
    return deadlines.stream().filter(d -> !d.isPaused()).toList();
  }
}
