package org.aftersales.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CaseIdGenerator;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.application.SweepResult;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.TenantPolicy;
import org.aftersales.application.TimelineEntry;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.EvidenceRef;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Rating;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RepairPlan;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.Shipment;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.casefile.TenantId;
import org.aftersales.money.Money;
import org.aftersales.store.memory.InMemoryAfterSalesStore;

/**
 * Takes one case of each type through its life on a fixed clock, in memory, and prints each
 * timeline: a silent merchant approved by default, a failed refund retried, an exchange whose
 * clock pauses while the buyer answers, a repair with a fee, and a dispute the platform settles.
 */
public final class LifecycleDemo {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE MM-dd HH:mm").withZone(SHANGHAI);
  private static final TenantId SHOP = TenantId.of("tea-house");
  private static final PartyId BUYER = PartyId.of("buyer-li");
  private static final PartyId STAFF = PartyId.of("staff-wang");
  private static final PartyId AGENT = PartyId.of("platform-agent-zhao");
  private static final ReturnAddress WAREHOUSE =
      new ReturnAddress("Tea House returns", "+86 21 5555 0100", "88 Longhua Road, Xuhui, Shanghai");

  private final DemoClock clock = new DemoClock(Instant.parse("2025-03-03T01:00:00Z"), SHANGHAI);
  private final InMemoryAfterSalesStore store = new InMemoryAfterSalesStore();
  private final AfterSalesService service;
  private final DeadlineSweeper sweeper;
  private final AtomicLong requests = new AtomicLong();

  private LifecycleDemo() {
    AtomicLong caseNumbers = new AtomicLong(1000);
    CaseIdGenerator ids = () -> CaseId.of("AS-" + caseNumbers.incrementAndGet());
    TenantPolicy policy = TenantPolicy.of(SlaPolicy.seedDefaults(), WeekendsOnlyCalendar.of(SHANGHAI), WAREHOUSE);
    service = new AfterSalesService(store, TenantPolicies.same(policy), ids, clock);
    sweeper = DeadlineSweeper.of(store, service, clock, "demo-node");
  }

  /** Runs the demo and prints the timelines. */
  public static void main(String[] args) {
    new LifecycleDemo().run();
  }

  private void run() {
    System.out.println("aftersales demo: five cases on a fixed clock (Asia/Shanghai), seed SLA limits, in memory");
    System.out.println("=".repeat(100));
    AfterSalesCase silent = silentMerchant();
    AfterSalesCase retried = refundRetried();
    AfterSalesCase exchange = exchangeWithQuestion();
    AfterSalesCase repair = repairWithFee();
    AfterSalesCase dispute = disputeSettledByPlatform();
    for (AfterSalesCase c : List.of(silent, retried, exchange, repair, dispute)) {
      print(service.find(SHOP, c.id()).orElseThrow());
    }
    System.out.printf("%d events wait in the outbox for the host's publisher; %d timers still open.%n",
        store.pending(10_000).size(), store.scheduledTimers());
  }

  /**
   * Return and refund: the merchant stays silent, so the system approves after 24 h, gives the
   * default return address after another 24 h, and deems the inspection passed after 3 working days.
   */
  private AfterSalesCase silentMerchant() {
    AfterSalesCase c = open(CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND,
        line("L1", "oolong-250g", 2, 25_800), "Ordered two by mistake");
    pass(Duration.ofHours(49));
    act(c, Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("SF", "SF1402277311")));
    pass(Duration.ofDays(1));
    act(c, Actor.MERCHANT, new CaseCommand.ConfirmReceipt());
    pass(Duration.ofDays(6));
    act(c, Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "alipay-rf-88123"));
    return c;
  }

  /** Refund only: the goods never arrived; the first refund attempt times out and the system retries it. */
  private AfterSalesCase refundRetried() {
    AfterSalesCase c = open(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED,
        line("L1", "green-tea-gift-box", 1, 16_800), "Parcel shows delivered but never arrived");
    pass(Duration.ofHours(2));
    act(c, Actor.MERCHANT, new CaseCommand.Approve());
    pass(Duration.ofMinutes(10));
    act(c, Actor.SYSTEM, new CaseCommand.ReportRefundFailure(1, "bank gateway timed out"));
    pass(Duration.ofHours(2));
    act(c, Actor.SYSTEM, new CaseCommand.ConfirmRefund(2, "unionpay-rf-20931"));
    return c;
  }

  /**
   * Exchange: the merchant asks for a photo and its clock pauses; the replacement is delivered and,
   * the buyer staying silent, deemed confirmed 3 working days after delivery.
   */
  private AfterSalesCase exchangeWithQuestion() {
    AfterSalesCase c = open(CaseType.EXCHANGE, Reason.DAMAGED_IN_TRANSIT,
        line("L1", "porcelain-teapot", 1, 39_900), "Lid arrived cracked");
    pass(Duration.ofHours(3));
    act(c, Actor.MERCHANT, new CaseCommand.RequestInfo("Please send a photo of the parcel's outer box"));
    pass(Duration.ofHours(20));
    act(c, Actor.BUYER, new CaseCommand.SupplyInfo("Photo attached", List.of(photo("box"))));
    pass(Duration.ofHours(1));
    act(c, Actor.MERCHANT, new CaseCommand.Approve());
    act(c, Actor.MERCHANT, new CaseCommand.ProvideReturnAddress(WAREHOUSE));
    pass(Duration.ofHours(5));
    act(c, Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("YTO", "YT7788123")));
    pass(Duration.ofDays(2));
    act(c, Actor.SYSTEM, new CaseCommand.ReportReturnDelivered());
    pass(Duration.ofHours(4));
    act(c, Actor.MERCHANT, new CaseCommand.ConfirmReceipt());
    act(c, Actor.MERCHANT, new CaseCommand.PassInspection(List.of()));
    pass(Duration.ofHours(6));
    act(c, Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "SF1402299900")));
    pass(Duration.ofDays(1));
    act(c, Actor.SYSTEM, new CaseCommand.ReportOutboundDelivered());
    pass(Duration.ofDays(6));
    return c;
  }

  /** Repair: a plan with a fee, accepted, repaired, confirmed and rated. */
  private AfterSalesCase repairWithFee() {
    AfterSalesCase c = open(CaseType.REPAIR, Reason.QUALITY_DEFECT,
        line("L1", "electric-kettle", 1, 29_900), "Stops heating after a minute");
    pass(Duration.ofHours(1));
    act(c, Actor.MERCHANT, new CaseCommand.Approve());
    pass(Duration.ofHours(20));
    act(c, Actor.MERCHANT, new CaseCommand.ProposeRepairPlan(
        new RepairPlan("Replace thermostat; outside warranty after drop damage", Money.of(4_500, "CNY"))));
    pass(Duration.ofHours(8));
    act(c, Actor.BUYER, new CaseCommand.AcceptRepairPlan());
    act(c, Actor.MERCHANT, new CaseCommand.ProvideReturnAddress(WAREHOUSE));
    pass(Duration.ofHours(3));
    act(c, Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("ZTO", "ZT5512009")));
    pass(Duration.ofDays(2));
    act(c, Actor.MERCHANT, new CaseCommand.ConfirmReceipt());
    pass(Duration.ofDays(3));
    act(c, Actor.MERCHANT, new CaseCommand.ShipRepairedItem(new Shipment("ZTO", "ZT5512777"),
        List.of(EvidenceRef.of(EvidenceKind.REPAIR_REPORT, "https://files.tea-house.example/repair/811.pdf",
            "application/pdf", digest("repair")))));
    pass(Duration.ofDays(2));
    act(c, Actor.BUYER, new CaseCommand.ConfirmDelivery());
    act(c, Actor.BUYER, new CaseCommand.Rate(new Rating(5, "Fixed quickly")));
    return c;
  }

  /** The merchant rejects, the buyer escalates with evidence, the platform rules a partial refund. */
  private AfterSalesCase disputeSettledByPlatform() {
    AfterSalesCase c = open(CaseType.REFUND_ONLY, Reason.NOT_AS_DESCRIBED,
        line("L1", "aged-puer-cake", 1, 88_000), "Listed as 2009 harvest, wrapper says 2019");
    pass(Duration.ofHours(6));
    act(c, Actor.MERCHANT, new CaseCommand.Reject("Wrapper date is the packing date, not the harvest",
        List.of(photo("batch-record"))));
    pass(Duration.ofDays(1));
    act(c, Actor.BUYER, new CaseCommand.Escalate("The listing promised a 2009 harvest", List.of(photo("listing"))));
    pass(Duration.ofDays(2));
    act(c, Actor.PLATFORM, new CaseCommand.RulePartialRefund(Money.of(26_400, "CNY"),
        "Listing was ambiguous; 30% refunded and the listing corrected"));
    pass(Duration.ofHours(1));
    act(c, Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "wechat-rf-55120"));
    return c;
  }

  private AfterSalesCase open(CaseType type, Reason reason, OrderLine line, String description) {
    CaseCommand.Open request = CaseCommand.Open.of(OrderId.of("SO-" + (7_000_000 + requests.get())), BUYER, type,
        reason, Channel.APP, List.of(line), description, List.of(photo("problem")));
    CommandOutcome outcome = service.handle(CommandEnvelope.open(SHOP, Actor.BUYER, BUYER, nextKey(), request));
    return ((CommandOutcome.Accepted) outcome).after();
  }

  private void act(AfterSalesCase c, Actor actor, CaseCommand command) {
    PartyId who = switch (actor) {
      case BUYER -> BUYER;
      case MERCHANT -> STAFF;
      case PLATFORM -> AGENT;
      case SYSTEM -> CommandEnvelope.SYSTEM_PARTY;
    };
    CommandOutcome outcome = service.handle(CommandEnvelope.to(SHOP, c.id(), actor, who, nextKey(), command));
    if (outcome instanceof CommandOutcome.Rejected refused) {
      throw new IllegalStateException("demo step refused: " + refused.rejection());
    }
  }

  /** Lets time pass, sweeping every ten minutes as a host's scheduler would. */
  private void pass(Duration duration) {
    Duration step = Duration.ofMinutes(10);
    for (Duration left = duration; !left.isNegative() && !left.isZero(); left = left.minus(step)) {
      clock.advance(left.compareTo(step) < 0 ? left : step);
      SweepResult swept = sweeper.sweepAllDue();
      if (swept.refused() > 0) {
        throw new IllegalStateException("a default action was refused: " + swept);
      }
    }
  }

  private void print(AfterSalesCase c) {
    System.out.printf("%n%s  %s  %s  ->  %s%s%n", c.id(), c.type(), c.reason(), c.state(),
        c.outcome().map(o -> " (" + o + ")").orElse(""));
    for (TimelineEntry entry : service.timeline(SHOP, c.id())) {
      if (!entry.type().equals("DeadlineCancelled")) {
        System.out.printf("  %s  %-8s %s%n", TIME.format(entry.at()), entry.actor(), entry.text());
      }
    }
  }

  private IdempotencyKey nextKey() {
    return IdempotencyKey.of("req-" + requests.incrementAndGet());
  }

  private static OrderLine line(String id, String sku, int quantity, long fen) {
    return OrderLine.of(id, sku, quantity, Money.of(fen, "CNY"));
  }

  private static EvidenceRef photo(String name) {
    return EvidenceRef.of(EvidenceKind.PHOTO, "https://files.tea-house.example/evidence/" + name + ".jpg",
        "image/jpeg", digest(name));
  }

  /** A stand-in digest; a host computes the real SHA-256 of the uploaded file. */
  private static byte[] digest(String name) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256")
          .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
