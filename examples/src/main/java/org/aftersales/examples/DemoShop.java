package org.aftersales.examples;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.EvidenceRef;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.casefile.TenantId;
import org.aftersales.money.Money;
import org.aftersales.store.memory.InMemoryAfterSalesStore;

/**
 * The in-memory shop {@link LifecycleDemo} drives: one tenant with the seed SLA limits, a buyer, a
 * member of staff and a platform agent, a clock moved by hand and a sweeper run every ten minutes of
 * demo time. Case ids are numbered, so every run prints the same timelines.
 */
final class DemoShop {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ReturnAddress WAREHOUSE =
      new ReturnAddress("Tea House returns", "+86 21 5555 0100", "88 Longhua Road, Xuhui, Shanghai");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE MM-dd HH:mm").withZone(SHANGHAI);
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);
  private static final TenantId SHOP = TenantId.of("tea-house");
  private static final PartyId BUYER = PartyId.of("buyer-li");
  private static final PartyId STAFF = PartyId.of("staff-wang");
  private static final PartyId AGENT = PartyId.of("platform-agent-zhao");

  /** What the buyer bought on the order line a case covers. */
  record Item(String sku, int quantity, long fen) {}

  private final DemoClock clock = new DemoClock(Instant.parse("2025-03-03T01:00:00Z"), SHANGHAI);
  private final InMemoryAfterSalesStore store = new InMemoryAfterSalesStore();
  private final AfterSalesService service;
  private final DeadlineSweeper sweeper;
  private final AtomicLong requests = new AtomicLong();
  private final Map<CaseId, String> headlines = new LinkedHashMap<>();
  private final Set<OrderId> orders = new HashSet<>();

  DemoShop() {
    AtomicLong caseNumbers = new AtomicLong(1000);
    CaseIdGenerator ids = () -> CaseId.of("AS-" + caseNumbers.incrementAndGet());
    TenantPolicy policy = TenantPolicy.of(SlaPolicy.seedDefaults(), WeekendsOnlyCalendar.of(SHANGHAI), WAREHOUSE);
    service = new AfterSalesService(store, TenantPolicies.same(policy), ids, clock);
    sweeper = DeadlineSweeper.of(store, service, clock, "demo-node");
  }

  static Item item(String sku, int quantity, long fen) {
    return new Item(sku, quantity, fen);
  }

  /**
   * The buyer opens a case for the whole amount paid on one line of its own order; the line id is
   * the order number with {@code -L1}, so no two cases share an order or an order line.
   */
  CaseId open(String headline, String orderNumber, CaseType type, Reason reason, Item item, String description) {
    OrderId orderId = OrderId.of(orderNumber);
    if (!orders.add(orderId)) {
      throw new IllegalArgumentException("each demo case needs its own order, but " + orderNumber + " repeats");
    }
    OrderLine line = OrderLine.of(orderNumber + "-L1", item.sku(), item.quantity(), Money.of(item.fen(), "CNY"));
    CaseCommand.Open request = CaseCommand.Open.of(orderId, BUYER, type, reason, Channel.APP, List.of(line),
        description, List.of(photo("problem-" + orderNumber)));
    CommandOutcome outcome = service.handle(CommandEnvelope.open(SHOP, Actor.BUYER, BUYER, nextKey(), request));
    if (!(outcome instanceof CommandOutcome.Accepted accepted)) {
      throw new IllegalStateException("demo case refused: " + outcome);
    }
    CaseId id = accepted.after().id();
    headlines.put(id, headline);
    return id;
  }

  /** Sends a command as the actor's party; a refused step is a bug in the demo, so it throws. */
  void act(CaseId id, Actor actor, CaseCommand command) {
    PartyId who = switch (actor) {
      case BUYER -> BUYER;
      case MERCHANT -> STAFF;
      case PLATFORM -> AGENT;
      case SYSTEM -> CommandEnvelope.SYSTEM_PARTY;
    };
    CommandOutcome outcome = service.handle(CommandEnvelope.to(SHOP, id, actor, who, nextKey(), command));
    if (outcome instanceof CommandOutcome.Rejected refused) {
      throw new IllegalStateException("demo step " + command.type() + " on " + id + " refused: " + refused.rejection());
    }
  }

  /** Returns the case as it stands now. */
  AfterSalesCase current(CaseId id) {
    return service.find(SHOP, id).orElseThrow();
  }

  /**
   * The payment provider confirms the refund attempt in flight. A real host takes the attempt from
   * the {@code RefundRequested} event it handed to the provider.
   */
  void refundConfirmed(CaseId id, String paymentReference) {
    act(id, Actor.SYSTEM, new CaseCommand.ConfirmRefund(current(id).refundAttempts(), paymentReference));
  }

  /** The payment provider reports the refund attempt in flight failed. */
  void refundFailed(CaseId id, String failure) {
    act(id, Actor.SYSTEM, new CaseCommand.ReportRefundFailure(current(id).refundAttempts(), failure));
  }

  /** Lets time pass, sweeping every ten minutes as a host's scheduler would. */
  void pass(Duration duration) {
    for (Duration left = duration; !left.isNegative() && !left.isZero(); left = left.minus(SWEEP_EVERY)) {
      clock.advance(left.compareTo(SWEEP_EVERY) < 0 ? left : SWEEP_EVERY);
      SweepResult swept = sweeper.sweepAllDue();
      if (swept.refused() > 0) {
        throw new IllegalStateException("a default action was refused: " + swept);
      }
    }
  }

  /**
   * Lets time pass until the sweeper's default actions have taken the case to {@code state}: for a
   * party that stays silent, whose limit may count working days only.
   *
   * @throws IllegalStateException if the case is not there within {@code atMost}
   */
  void waitFor(CaseId id, CaseState state, Duration atMost) {
    for (Duration waited = Duration.ZERO; current(id).state() != state; waited = waited.plus(SWEEP_EVERY)) {
      if (waited.compareTo(atMost) >= 0) {
        throw new IllegalStateException(id + " did not reach " + state + " within " + atMost + ": " + current(id).state());
      }
      pass(SWEEP_EVERY);
    }
  }

  /** Prints every case opened, in order, grouped under its type, then what is left in the outbox. */
  void printTimelines() {
    CaseType group = null;
    for (Map.Entry<CaseId, String> opened : headlines.entrySet()) {
      AfterSalesCase c = current(opened.getKey());
      if (c.type() != group) {
        group = c.type();
        System.out.printf("%n%s%n%s%n", group, "-".repeat(100));
      }
      print(c, opened.getValue());
    }
    System.out.printf("%n%d events wait in the outbox for the host's publisher; %d timers still open.%n",
        store.pending(10_000).size(), store.scheduledTimers());
  }

  int cases() {
    return headlines.size();
  }

  private void print(AfterSalesCase c, String headline) {
    System.out.printf("%n%s  %s  %s  ->  %s%s%n", c.id(), c.type(), c.reason(), c.state(),
        c.outcome().map(o -> " (" + o + ")").orElse(""));
    System.out.printf("  %s%n", headline);
    for (TimelineEntry entry : service.timeline(SHOP, c.id())) {
      if (!entry.type().equals("DeadlineCancelled")) {
        System.out.printf("  %s  %-8s %s%n", TIME.format(entry.at()), entry.actor(), entry.text());
      }
    }
  }

  private IdempotencyKey nextKey() {
    return IdempotencyKey.of("req-" + requests.incrementAndGet());
  }

  static EvidenceRef photo(String name) {
    return evidence(EvidenceKind.PHOTO, name + ".jpg", "image/jpeg");
  }

  static EvidenceRef video(String name) {
    return evidence(EvidenceKind.VIDEO, name + ".mp4", "video/mp4");
  }

  static EvidenceRef evidence(EvidenceKind kind, String file, String mediaType) {
    return EvidenceRef.of(kind, "https://files.tea-house.example/evidence/" + file, mediaType, digest(file));
  }

  /** A stand-in digest; a host computes the real SHA-256 of the uploaded file. */
  private static byte[] digest(String name) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
