package org.aftersales.casefile;

import java.util.Optional;
import org.aftersales.money.Money;

/** A named check a transition makes on the command and the case before it is taken. */
public enum Guard {
  /** Refusals and escalations must bring at least one piece of evidence. */
  EVIDENCE_REQUIRED {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return command.evidence().isEmpty()
          ? Optional.of(command.type() + " needs at least one piece of evidence")
          : Optional.empty();
    }
  },
  /** The buyer rates a case once. */
  NOT_YET_RATED {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return current.rating().isPresent() ? Optional.of("case " + current.id() + " is already rated") : Optional.empty();
    }
  },
  /** A partial refund, ruled or offered, is in the case's currency and at most what was paid for its lines. */
  WITHIN_AMOUNT_PAID {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      Money amount = command instanceof CaseCommand.RulePartialRefund ruling
          ? ruling.amount()
          : ((CaseCommand.OfferPartialRefund) command).amount();
      return RefundRules.beyondWhatWasPaid("amount", amount, current.amountPaid());
    }
  },
  /**
   * A changed request asks, in the case's currency, for at most what was paid: more than zero for a
   * refund, zero for an exchange or repair.
   */
  REFUND_FITS_REQUEST {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      Money asked = ((CaseCommand.ModifyRequest) command).requestedRefund();
      return RefundRules.beyondWhatWasPaid("requestedRefund", asked, current.amountPaid())
          .or(() -> RefundRules.unfitFor(current.type(), asked));
    }
  },
  /** A repair fee is in the case's currency. */
  CASE_CURRENCY {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      Money fee = ((CaseCommand.ProposeRepairPlan) command).plan().fee();
      return fee.currency().equals(current.requestedRefund().currency())
          ? Optional.empty()
          : Optional.of("fee is in " + fee.currency() + " but the case is in " + current.requestedRefund().currency());
    }
  },
  /** A refund confirmation names an attempt that was requested: this one or an earlier one. */
  REFUND_ATTEMPT_REQUESTED {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      int attempt = ((CaseCommand.ConfirmRefund) command).attempt();
      return attempt > current.refundAttempts()
          ? Optional.of("refund attempt " + attempt + " was never requested; the latest is " + current.refundAttempts())
          : Optional.empty();
    }
  },
  /** A refund failure names the attempt in flight; a late or repeated report of an earlier one is stale. */
  REFUND_ATTEMPT_IN_FLIGHT {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      int attempt = ((CaseCommand.ReportRefundFailure) command).attempt();
      return attempt != current.refundAttempts()
          ? Optional.of("refund attempt " + attempt + " is not the one in flight, attempt " + current.refundAttempts())
          : Optional.empty();
    }
  },
  /** The case has asked the buyer for information fewer times than the policy allows. */
  INFORMATION_REQUESTS_LEFT {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return capReached(current.informationRequests(), context.sla().maxInformationRequests(),
          "the buyer was already asked for information");
    }
  },
  /** The merchant has offered a partial refund fewer times than the policy allows. */
  PARTIAL_REFUND_OFFERS_LEFT {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return capReached(current.partialRefundOffers(), context.sla().maxPartialRefundOffers(),
          "the merchant already offered a partial refund");
    }
  },
  /** The platform has not yet given its first judgment on the dispute it arbitrates. */
  FIRST_JUDGMENT_PENDING {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return current.review().map(PlatformReview::firstJudgmentGiven).orElse(false)
          ? Optional.of("the platform already gave its first judgment on this dispute")
          : Optional.empty();
    }
  },
  /** The dispute the platform arbitrates is not yet classified as complex. */
  NOT_YET_CLASSIFIED {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return current.review().map(PlatformReview::complex).orElse(false)
          ? Optional.of("the dispute is already classified as complex")
          : Optional.empty();
    }
  },
  /** The buyer has filed fewer complaints on the case than the policy allows. */
  COMPLAINTS_LEFT {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return current.complaints() >= context.sla().maxComplaints()
          ? Optional.of("the buyer already filed " + current.complaints()
              + " complaints on this case, the policy's limit (maxComplaints)")
          : Optional.empty();
    }
  },
  /** No complaint of the buyer awaits the platform's answer. */
  NO_COMPLAINT_OPEN {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return current.complaintOpen()
          ? Optional.of("the buyer's previous complaint still awaits the platform's answer")
          : Optional.empty();
    }
  },
  /** A complaint of the buyer awaits the platform's answer. */
  COMPLAINT_OPEN {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return current.complaintOpen() ? Optional.empty() : Optional.of("no complaint awaits an answer on case " + current.id());
    }
  },
  /** An instant refund was granted and its money has not yet reached the buyer. */
  INSTANT_REFUND_UNSETTLED {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return instantRefundIs(current, "unsettled", InstantRefund.Status.IN_FLIGHT, InstantRefund.Status.FAILED);
    }
  },
  /** An instant refund's latest attempt awaits the payment provider's answer. */
  INSTANT_REFUND_IN_FLIGHT {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return instantRefundIs(current, "in flight", InstantRefund.Status.IN_FLIGHT);
    }
  },
  /** An instant refund's latest attempt failed and waits to be retried. */
  INSTANT_REFUND_FAILED {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return instantRefundIs(current, "failed", InstantRefund.Status.FAILED);
    }
  },
  /** No instant refund was granted: a partial ruling cannot take back money already paid in full. */
  NO_INSTANT_REFUND {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return current.instantRefund().map(r -> "case " + current.id() + " was refunded in full when the return"
          + " shipped (rule " + r.rule() + "); a partial refund cannot take money back");
    }
  },
  /** The policy has a default return address for the system to give. */
  DEFAULT_RETURN_ADDRESS_CONFIGURED {
    @Override
    Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context) {
      return context.defaultReturnAddress().isEmpty()
          ? Optional.of("the tenant's policy has no default return address")
          : Optional.empty();
    }
  };

  /** A step that pauses the merchant's clock may be taken {@code limit} times. */
  private static Optional<String> capReached(int taken, int limit, String what) {
    return taken >= limit
        ? Optional.of(what + " " + taken + " times, the policy's limit; approve or reject the request")
        : Optional.empty();
  }

  /** An instant refund exists and stands in one of {@code allowed}. */
  private static Optional<String> instantRefundIs(AfterSalesCase current, String what, InstantRefund.Status... allowed) {
    Optional<InstantRefund> refund = current.instantRefund();
    if (refund.isEmpty()) {
      return Optional.of("case " + current.id() + " has no instant refund");
    }
    return java.util.Arrays.asList(allowed).contains(refund.get().status()) ? Optional.empty()
        : Optional.of("the instant refund of case " + current.id() + " is " + refund.get().status() + ", not " + what);
  }

  /** Returns why the command may not go ahead, or empty if it may. */
  abstract Optional<String> failure(AfterSalesCase current, CaseCommand command, DecisionContext context);

  /** Returns this guard's rejection of the command, or empty if it passes. */
  Optional<Rejection> check(AfterSalesCase current, CaseCommand command, DecisionContext context) {
    return failure(current, command, context)
        .map(message -> new Rejection(RejectionCode.GUARD_FAILED, "guard:" + name(), message));
  }
}
