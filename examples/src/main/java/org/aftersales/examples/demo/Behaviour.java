package org.aftersales.examples.demo;

import static org.aftersales.examples.demo.Dice.Weighted.of;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.EvidenceRef;
import org.aftersales.casefile.PlatformReview;
import org.aftersales.casefile.Rating;
import org.aftersales.casefile.RepairPlan;
import org.aftersales.examples.demo.Dice.Weighted;
import org.aftersales.money.Money;

/**
 * How buyers, the shop's staff, the platform's agents, carriers and the payment provider behave:
 * given a case as it stands, the next step somebody takes on it, or nothing when whoever is awaited
 * stays silent and the sweeper's default action will decide.
 *
 * <p>The staff answer in the shop's service hours (09:00-18:00 on working days) and a holiday crew
 * covers a third of the rest-day work, so over the National Day holiday the merchant's clocks run out
 * and default approvals pile up; one merchant account in eight never answers at all. A party that would act after its limit has passed stays silent
 * instead: the core refuses a late step ({@code DEADLINE_PASSED}), and the default action comes first.
 * Carriers take a day longer when they pick a parcel up on a rest day.
 */
final class Behaviour {

  /** No step is planned closer to a limit than this, so the sweeper never races a party. */
  private static final Duration MARGIN = Duration.ofMinutes(30);

  private final Dice dice;
  private final WorkingCalendar serviceHours;
  private final Carriers carriers;
  private final Map<CaseId, Boolean> silentMerchant = new HashMap<>();

  Behaviour(Dice dice, WorkingCalendar serviceHours) {
    this.dice = dice;
    this.serviceHours = serviceHours;
    this.carriers = new Carriers(dice);
  }

  /** Returns the next step on {@code c} as it stands at {@code now}, or empty if nobody acts. */
  Optional<PlannedStep> next(AfterSalesCase c, Instant now) {
    if (c.state().isTerminal()) {
      return c.rating().isEmpty() && dice.chance(0.35)
          ? buyer(c, now, hours(1, 48), () -> new CaseCommand.Rate(new Rating(dice.between(1, 5), "")))
          : Optional.empty();
    }
    if (c.complaintOpen()) {
      return dice.chance(0.85)
          ? platform(c, now, hours(1, 20), () -> new CaseCommand.AnswerComplaint("An agent is on it"))
          : Optional.empty();
    }
    return switch (c.state()) {
      case REQUESTED -> merchantAnswers(c, now);
      case INFO_REQUESTED -> pick(
          of(80, () -> buyer(c, now, hours(1, 30), () -> new CaseCommand.SupplyInfo("Photos attached",
              EvidenceFiles.files(List.of(EvidenceKind.PHOTO), c.id().value() + "-info")))),
          of(5, () -> buyer(c, now, hours(1, 30), () -> new CaseCommand.Withdraw("Not worth the trouble"))),
          of(15, Optional::empty));
      case OFFER_PENDING -> pick(
          of(45, () -> buyer(c, now, hours(1, 30), CaseCommand.AcceptOffer::new)),
          of(35, () -> buyer(c, now, hours(1, 30), CaseCommand.DeclineOffer::new)),
          of(20, Optional::empty));
      case REJECTED, GOODS_REFUSED -> pick(
          of(50, () -> buyer(c, now, hours(2, 72), () -> escalation(c))),
          of(20, () -> buyer(c, now, hours(2, 72), CaseCommand.AcceptDecision::new)),
          of(30, Optional::empty));
      case AWAITING_RETURN_ADDRESS -> silentMerchant(c) ? Optional.empty() : pick(
          of(70, () -> merchant(c, now, minutes(10, 240),
              () -> new CaseCommand.ProvideReturnAddress(TeaHouse.WAREHOUSE))),
          of(30, Optional::empty));
      case AWAITING_RETURN_SHIPMENT -> pick(
          of(88, () -> buyer(c, now, hours(2, 96), () -> new CaseCommand.ShipReturn(carriers.parcel()))),
          of(4, () -> buyer(c, now, hours(2, 96), () -> new CaseCommand.Withdraw("Keeping it after all"))),
          of(8, Optional::empty));
      case RETURN_IN_TRANSIT -> carrier(now, CaseCommand.ReportReturnDelivered::new);
      case RETURN_DELIVERED -> silentMerchant(c) ? Optional.empty() : pick(
          of(65, () -> merchant(c, now, minutes(30, 360), CaseCommand.ConfirmReceipt::new)),
          of(4, () -> merchant(c, now, minutes(30, 360), () -> new CaseCommand.RefuseReceipt(
              "The parcel held other goods", proof(c, EvidenceKind.PHOTO, EvidenceKind.WRITTEN_STATEMENT)))),
          of(31, Optional::empty));
      case INSPECTING -> silentMerchant(c) ? Optional.empty() : pick(
          of(60, () -> merchant(c, now, hours(1, 12),
              () -> new CaseCommand.PassInspection(proof(c, EvidenceKind.INSPECTION_REPORT)))),
          of(6, () -> merchant(c, now, hours(1, 12), () -> new CaseCommand.FailInspection("Used and stained",
              proof(c, EvidenceKind.INSPECTION_REPORT, EvidenceKind.WRITTEN_STATEMENT)))),
          of(34, Optional::empty));
      case GOODS_TO_SEND_BACK -> pick(
          of(90, () -> merchant(c, now, hours(1, 10), () -> new CaseCommand.ShipGoodsBack(carriers.parcel()))),
          of(10, Optional::empty));
      case GOODS_SENT_BACK, REPLACEMENT_SHIPPED, REPAIRED_ITEM_SHIPPED ->
          carrier(now, CaseCommand.ReportOutboundDelivered::new);
      case REFUND_PENDING -> paymentProvider(c, now);
      case REFUND_FAILED -> Optional.empty();
      case REPLACEMENT_TO_SHIP -> pick(
          of(85, () -> merchant(c, now, hours(1, 12), () -> new CaseCommand.ShipReplacement(carriers.parcel()))),
          of(8, () -> merchant(c, now, hours(1, 12), CaseCommand.RefundInstead::new)),
          of(7, Optional::empty));
      case OUTBOUND_DELIVERED -> pick(
          of(55, () -> buyer(c, now, hours(2, 72), CaseCommand.ConfirmDelivery::new)),
          of(5, () -> buyer(c, now, hours(2, 72), () -> escalation(c))),
          of(40, Optional::empty));
      case AWAITING_REPAIR_PLAN -> pick(
          of(88, () -> merchant(c, now, hours(2, 16), () -> new CaseCommand.ProposeRepairPlan(repairPlan()))),
          of(6, () -> merchant(c, now, hours(2, 16), CaseCommand.RefundInstead::new)),
          of(6, Optional::empty));
      case AWAITING_PLAN_ACCEPTANCE -> pick(
          of(70, () -> buyer(c, now, hours(1, 48), CaseCommand.AcceptRepairPlan::new)),
          of(12, () -> buyer(c, now, hours(1, 48), CaseCommand.DeclineRepairPlan::new)),
          of(c.repairPlan().map(plan -> plan.fee().isZero() ? 0 : 6).orElse(0),
              () -> buyer(c, now, hours(1, 48), () -> escalation(c))),
          of(12, Optional::empty));
      case IN_REPAIR -> pick(
          of(90, () -> merchant(c, now, hours(9, 45), () -> new CaseCommand.ShipRepairedItem(carriers.parcel(),
              proof(c, EvidenceKind.REPAIR_REPORT)))),
          of(10, () -> merchant(c, now, hours(9, 45), CaseCommand.RefundInstead::new)));
      case ARBITRATING_REJECTION, ARBITRATING_REFUSAL, ARBITRATING_PLAN, ARBITRATING_DELIVERY -> arbitration(c, now);
      case COMPLETED, CLOSED -> throw new IllegalStateException("terminal states are handled above");
    };
  }

  /** The shop's first answer, or a buyer's complaint while a silent merchant's clock runs. */
  private Optional<PlannedStep> merchantAnswers(AfterSalesCase c, Instant now) {
    if (silentMerchant(c)) {
      return c.complaints() == 0 && dice.chance(0.3)
          ? buyer(c, now, hours(4, 20), () -> new CaseCommand.FileComplaint("The shop does not answer", List.of()))
          : Optional.empty();
    }
    boolean mayOffer = c.type().refundsMoney() && c.partialRefundOffers() == 0 && c.requestedRefund().minorUnits() > 1;
    return pick(
        of(60, () -> merchant(c, now, minutes(20, 480), CaseCommand.Approve::new)),
        of(12, () -> merchant(c, now, minutes(20, 480), () -> new CaseCommand.Reject("Outside what the listing promised",
            proof(c, EvidenceKind.WRITTEN_STATEMENT)))),
        of(c.informationRequests() == 0 ? 8 : 0, () -> merchant(c, now, minutes(20, 480),
            () -> new CaseCommand.RequestInfo("Please send a photo of the whole item and its box"))),
        of(mayOffer ? 6 : 0, () -> merchant(c, now, minutes(20, 480), () -> new CaseCommand.OfferPartialRefund(
            c.requestedRefund().allocate(List.of(2L, 3L)).get(0), "Keep it with 40% back"))),
        of(14, Optional::empty));
  }

  /** The platform judges first (or finds the dispute complex), then rules; or the buyer complains meanwhile. */
  private Optional<PlannedStep> arbitration(AfterSalesCase c, Instant now) {
    PlatformReview review = c.review().orElseThrow();
    if (!review.firstJudgmentGiven()) {
      return pick(
          of(c.complaints() == 0 ? 12 : 0, () -> buyer(c, now, hours(4, 30),
              () -> new CaseCommand.FileComplaint("Nobody has looked at my evidence", List.of()))),
          of(review.complex() ? 0 : 10, () -> platform(c, now, hours(1, 12),
              () -> new CaseCommand.ClassifyComplex("Needs the carrier's pickup weight"))),
          of(58, () -> platform(c, now, hours(2, 40),
              () -> new CaseCommand.GiveFirstJudgment("The evidence favours the buyer so far"))),
          of(20, Optional::empty));
    }
    Money paid = c.type().refundsMoney() ? c.requestedRefund() : c.refundDue();
    boolean mayPartial = c.state() != CaseState.ARBITRATING_PLAN && paid.minorUnits() > 1;
    return pick(
        of(45, () -> platform(c, now, hours(4, 72), () -> new CaseCommand.RuleForBuyer("The buyer's evidence holds"))),
        of(30, () -> platform(c, now, hours(4, 72),
            () -> new CaseCommand.RuleForMerchant("The merchant's records hold"))),
        of(mayPartial ? 15 : 0, () -> platform(c, now, hours(4, 72), () -> new CaseCommand.RulePartialRefund(
            paid.allocateEvenly(2).get(1), "Both sides share the fault"))),
        of(10, Optional::empty));
  }

  private Optional<PlannedStep> paymentProvider(AfterSalesCase c, Instant now) {
    int attempt = c.refundAttempts();
    return dice.chance(0.08)
        ? system(now.plus(minutes(10, 60)), () -> new CaseCommand.ReportRefundFailure(attempt, "bank declined"))
        : system(now.plus(minutes(5, 360)),
            () -> new CaseCommand.ConfirmRefund(attempt, "pay-" + c.id().value() + "-" + attempt));
  }

  /** A carrier's delivery report: one to three days, a day more for a parcel picked up on a rest day. */
  private Optional<PlannedStep> carrier(Instant now, Supplier<CaseCommand> report) {
    Duration transit = hours(24, 72);
    if (!serviceHours.isWorkingDay(LocalDate.ofInstant(now, serviceHours.zone()))) {
      transit = transit.plusDays(1);
    }
    return system(now.plus(transit), report);
  }

  private CaseCommand escalation(AfterSalesCase c) {
    return new CaseCommand.Escalate("Please look at my evidence", proof(c, EvidenceKind.VIDEO, EvidenceKind.CHAT_LOG));
  }

  private RepairPlan repairPlan() {
    return dice.chance(0.6)
        ? new RepairPlan("Replace the heating element; under warranty", Money.of(0, PurchaseFactory.CNY))
        : new RepairPlan("Replace the control board; the drop damage is outside the warranty",
            Money.of(dice.between(45, 150) * 100L, PurchaseFactory.CNY));
  }

  private boolean silentMerchant(AfterSalesCase c) {
    return silentMerchant.computeIfAbsent(c.id(), id -> dice.chance(0.125));
  }

  /**
   * The staff act within {@code work} of service hours; on a rest day, a holiday crew answers within
   * that many hours of the wall clock one time in three.
   */
  private Optional<PlannedStep> merchant(AfterSalesCase c, Instant now, Duration work, Supplier<CaseCommand> command) {
    boolean restDay = !serviceHours.isWorkingDay(LocalDate.ofInstant(now, serviceHours.zone()));
    Instant at = restDay && dice.chance(1 / 3.0) ? now.plus(work) : serviceHours.plusBusinessTime(now, work);
    return beforeLimit(c, at, Actor.MERCHANT, command);
  }

  private Optional<PlannedStep> buyer(AfterSalesCase c, Instant now, Duration wait, Supplier<CaseCommand> command) {
    return beforeLimit(c, now.plus(wait), Actor.BUYER, command);
  }

  private Optional<PlannedStep> platform(AfterSalesCase c, Instant now, Duration wait, Supplier<CaseCommand> command) {
    return beforeLimit(c, now.plus(wait), Actor.PLATFORM, command);
  }

  /** Carriers and payment providers report as SYSTEM; a passed limit never refuses their reports. */
  private static Optional<PlannedStep> system(Instant at, Supplier<CaseCommand> report) {
    return Optional.of(new PlannedStep(at, Actor.SYSTEM, report.get()));
  }

  /** A step that would come after (or too close to) the earliest running limit is no step: silence. */
  private static Optional<PlannedStep> beforeLimit(AfterSalesCase c, Instant at, Actor actor,
      Supplier<CaseCommand> command) {
    Optional<Instant> limit = c.deadlines().stream().filter(d -> !d.isPaused()).map(Deadline::dueAt).min(Instant::compareTo);
    if (limit.isPresent() && !at.isBefore(limit.get().minus(MARGIN))) {
      return Optional.empty();
    }
    return Optional.of(new PlannedStep(at, actor, command.get()));
  }

  @SafeVarargs
  private Optional<PlannedStep> pick(Weighted<Supplier<Optional<PlannedStep>>>... options) {
    return dice.weighted(List.of(options)).get();
  }

  private Duration hours(int min, int max) {
    return dice.between(Duration.ofHours(min), Duration.ofHours(max));
  }

  private Duration minutes(int min, int max) {
    return dice.between(Duration.ofMinutes(min), Duration.ofMinutes(max));
  }

  private static List<EvidenceRef> proof(AfterSalesCase c, EvidenceKind... kinds) {
    return EvidenceFiles.files(List.of(kinds), c.id().value() + "-" + c.version());
  }
}
