package org.aftersales.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.SweepResult;
import org.aftersales.application.TimelineEntry;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseEvolver;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.EvidenceRef;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.Rejection;
import org.aftersales.casefile.RepairPlan;
import org.aftersales.casefile.Shipment;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.money.Money;
import org.aftersales.store.CaseQuery;
import org.aftersales.testing.Fixtures.Harness;

/**
 * Drives one case of a {@link Harness} through the seed rules, step by step, in sentences:
 * {@code d.by(MERCHANT, new Approve())} must be accepted, {@code d.refused(BUYER, ...)} must be
 * refused and write nothing. Every step reloads the case from the store.
 */
public final class SeedCaseDriver {

  public final Harness h;
  private AfterSalesCase c;

  private SeedCaseDriver(Harness h, AfterSalesCase c) {
    this.h = h;
    this.c = c;
  }

  /** Opens a case for {@link Fixtures#BUYER} (lines CNY 129.00 + CNY 31.00) at the harness clock. */
  public static SeedCaseDriver open(Harness h, CaseType type, Reason reason) {
    return new SeedCaseDriver(h, h.open(type, reason));
  }

  /** Opens a case on a fresh harness with the seed policy. */
  public static SeedCaseDriver open(CaseType type) {
    return open(new Harness(), type, Reason.QUALITY_DEFECT);
  }

  /** Returns the instant of a local date-time in Shanghai, e.g. {@code "2025-03-06T15:00"}. */
  public static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(Fixtures.SHANGHAI).toInstant();
  }

  // ---------------------------------------------------------------- commands

  /** Sends a command that must be accepted; returns this driver on the new case. */
  public SeedCaseDriver by(Actor actor, CaseCommand command) {
    CommandOutcome outcome = h.send(c, actor, command);
    if (outcome instanceof CommandOutcome.Rejected r) {
      fail(actor + " " + command + " in " + c.state() + " was refused: " + r.rejection());
    }
    c = ((CommandOutcome.Accepted) outcome).after();
    assertThat(c).isEqualTo(current());
    return this;
  }

  /** Sends a command that must be refused, checks that nothing was written, returns the rejection. */
  public Rejection refused(Actor actor, CaseCommand command) {
    WriteSnapshot before = snapshot();
    CommandOutcome outcome = h.send(c, actor, command);
    if (outcome instanceof CommandOutcome.Accepted a) {
      fail(actor + " " + command + " in " + c.state() + " was accepted: " + a.events());
    }
    before.assertNothingWritten();
    return ((CommandOutcome.Rejected) outcome).rejection();
  }

  public SeedCaseDriver approve() {
    return by(Actor.MERCHANT, new CaseCommand.Approve());
  }

  public SeedCaseDriver reject() {
    return by(Actor.MERCHANT, new CaseCommand.Reject("Item shows signs of use", List.of(photo("reject"))));
  }

  public SeedCaseDriver provideAddress() {
    return by(Actor.MERCHANT, new CaseCommand.ProvideReturnAddress(Fixtures.WAREHOUSE));
  }

  public SeedCaseDriver shipReturn() {
    return by(Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("SF", "SF1001")));
  }

  public SeedCaseDriver confirmReceipt() {
    return by(Actor.MERCHANT, new CaseCommand.ConfirmReceipt());
  }

  public SeedCaseDriver refuseReceipt() {
    return by(Actor.MERCHANT, new CaseCommand.RefuseReceipt("Parcel was empty", List.of(photo("empty-parcel"))));
  }

  public SeedCaseDriver passInspection() {
    return by(Actor.MERCHANT, new CaseCommand.PassInspection(List.of(report(EvidenceKind.INSPECTION_REPORT))));
  }

  public SeedCaseDriver failInspection() {
    return by(Actor.MERCHANT, new CaseCommand.FailInspection("Water damage", List.of(report(EvidenceKind.INSPECTION_REPORT))));
  }

  public SeedCaseDriver escalate(Actor by) {
    return by(by, new CaseCommand.Escalate(by + " disagrees", List.of(photo("escalation-" + by))));
  }

  public SeedCaseDriver proposePlan(long feeFen) {
    return by(Actor.MERCHANT, new CaseCommand.ProposeRepairPlan(new RepairPlan("Replace the hinge", Money.of(feeFen, "CNY"))));
  }

  /** Merchant approves, gives the address, buyer ships and merchant confirms receipt. */
  public SeedCaseDriver returnedAndReceived() {
    return approve().provideAddress().shipReturn().confirmReceipt();
  }

  // ---------------------------------------------------------------- clock

  /** Moves the clock to an instant (never backwards) and sweeps everything due. */
  public SweepResult sweepAt(Instant at) {
    at(at);
    SweepResult result = h.sweeper.sweepAllDue();
    c = current();
    return result;
  }

  /** Moves the clock to an instant, never backwards. */
  public SeedCaseDriver at(Instant at) {
    assertThat(at).as("the test clock only moves forward").isAfterOrEqualTo(h.clock.instant());
    h.clock.set(at);
    return this;
  }

  // ---------------------------------------------------------------- reading

  public AfterSalesCase current() {
    return h.current(c);
  }

  public AfterSalesCase c() {
    return c;
  }

  public CaseState state() {
    return current().state();
  }

  public Deadline deadline(DeadlineKind kind) {
    return current().deadline(kind).orElseThrow(() -> new AssertionError("no " + kind + " deadline in " + current()));
  }

  public List<RecordedEvent> history() {
    return h.store.history(Fixtures.SHOP, c.id());
  }

  public List<CaseEvent> events() {
    return history().stream().map(RecordedEvent::event).toList();
  }

  public <E extends CaseEvent> List<E> events(Class<E> type) {
    return events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  public List<TimelineEntry> timeline() {
    return h.service.timeline(Fixtures.SHOP, c.id());
  }

  public List<String> timelineTexts() {
    return timeline().stream().map(TimelineEntry::text).toList();
  }

  /** Checks that replaying the stored history rebuilds the stored case. */
  public void assertReplayable() {
    assertThat(CaseEvolver.replay(history())).isEqualTo(current());
  }

  public WriteSnapshot snapshot() {
    return WriteSnapshot.of(h, c);
  }

  // ---------------------------------------------------------------- evidence

  public static EvidenceRef photo(String name) {
    return EvidenceRef.of(EvidenceKind.PHOTO, "https://evidence.example/p/" + name + ".jpg", "image/jpeg",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }

  public static EvidenceRef report(EvidenceKind kind) {
    return EvidenceRef.of(kind, "https://evidence.example/r/" + kind + ".pdf", "application/pdf",
        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
  }

  /**
   * Everything a refused command must leave as it was: the case, its history, the timers, the
   * outbox and the number of cases of both tenants.
   */
  public record WriteSnapshot(Harness h, AfterSalesCase c, AfterSalesCase stored, int historySize, long timers,
      int outboxPending, int shopCases, int otherShopCases) {

    public static WriteSnapshot of(Harness h, AfterSalesCase c) {
      return new WriteSnapshot(h, c, c == null ? null : h.store.load(c.tenant(), c.id()).orElse(null),
          c == null ? 0 : h.store.history(c.tenant(), c.id()).size(), h.store.scheduledTimers(),
          h.store.pending(1_000_000).size(), countCases(h, Fixtures.SHOP), countCases(h, Fixtures.OTHER_SHOP));
    }

    private static int countCases(Harness h, org.aftersales.casefile.TenantId tenant) {
      return h.service.cases(CaseQuery.all(tenant, 1000)).cases().size();
    }

    public void assertNothingWritten() {
      WriteSnapshot now = of(h, c);
      assertThat(now.stored).as("stored case").isEqualTo(stored);
      assertThat(now.historySize).as("history size").isEqualTo(historySize);
      assertThat(now.timers).as("store.scheduledTimers() (timers)").isEqualTo(timers);
      assertThat(now.outboxPending).as("outbox pending").isEqualTo(outboxPending);
      assertThat(now.shopCases).as("cases of " + Fixtures.SHOP).isEqualTo(shopCases);
      assertThat(now.otherShopCases).as("cases of " + Fixtures.OTHER_SHOP).isEqualTo(otherShopCases);
    }
  }
}
