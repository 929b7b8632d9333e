package org.aftersales.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CaseIdGenerator;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.TenantPolicy;
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
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.casefile.TenantId;
import org.aftersales.money.Money;
import org.aftersales.store.memory.InMemoryAfterSalesStore;

/** Test fixtures that read as sentences: a shop, a buyer, a paid order, a running service. */
public final class Fixtures {

  public static final TenantId SHOP = TenantId.of("shop-1");
  public static final TenantId OTHER_SHOP = TenantId.of("shop-2");
  public static final PartyId BUYER = PartyId.of("buyer-1");
  public static final PartyId OTHER_BUYER = PartyId.of("buyer-2");
  public static final PartyId MERCHANT_STAFF = PartyId.of("staff-1");
  public static final PartyId PLATFORM_AGENT = PartyId.of("agent-1");
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** Wednesday 2025-03-05 10:00 in Shanghai. */
  public static final Instant WED_2025_03_05_10_00 = Instant.parse("2025-03-05T02:00:00Z");
  public static final ReturnAddress WAREHOUSE =
      new ReturnAddress("Returns desk", "+86 21 5555 0000", "1 Warehouse Road, Shanghai");

  private Fixtures() {}

  public static TenantPolicy seedPolicy() {
    return TenantPolicy.of(SlaPolicy.seedDefaults(), WeekendsOnlyCalendar.of(SHANGHAI), WAREHOUSE);
  }

  public static CaseIdGenerator sequentialIds() {
    AtomicLong next = new AtomicLong();
    return () -> CaseId.of(String.format("case-%06d", next.incrementAndGet()));
  }

  public static OrderLine line(String id, long fen) {
    return OrderLine.of(id, "sku-" + id, 1, Money.of(fen, "CNY"));
  }

  public static EvidenceRef photo() {
    return EvidenceRef.of(EvidenceKind.PHOTO, "https://evidence.example/p/1.jpg", "image/jpeg",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }

  public static CaseCommand.Open openRequest(CaseType type, Reason reason) {
    return openRequest(OrderId.of("order-1"), type, reason);
  }

  /** A request on both lines of an order; one open case at a time may cover them. */
  public static CaseCommand.Open openRequest(OrderId order, CaseType type, Reason reason) {
    return CaseCommand.Open.of(order, BUYER, type, reason, Channel.APP,
        List.of(line("l1", 12_900), line("l2", 3_100)), "", List.of(photo()));
  }

  /** A running in-memory service on a clock the test moves. */
  public static final class Harness {
    public final MutableClock clock = new MutableClock(WED_2025_03_05_10_00);
    public final InMemoryAfterSalesStore store = new InMemoryAfterSalesStore();
    public final AfterSalesService service;
    public final DeadlineSweeper sweeper;
    private final AtomicLong keys = new AtomicLong();
    private final AtomicLong orders = new AtomicLong();

    public Harness() {
      this(seedPolicy());
    }

    public Harness(TenantPolicy policy) {
      service = new AfterSalesService(store, TenantPolicies.same(policy), sequentialIds(), clock);
      sweeper = DeadlineSweeper.of(store, service, clock, "sweeper-1");
    }

    public IdempotencyKey nextKey() {
      return IdempotencyKey.of("key-" + keys.incrementAndGet());
    }

    /** Opens a case on an order of its own, so that any number of cases may be open at once. */
    public AfterSalesCase open(CaseType type, Reason reason) {
      OrderId order = OrderId.of("harness-order-" + orders.incrementAndGet());
      CommandOutcome outcome =
          service.handle(CommandEnvelope.open(SHOP, Actor.BUYER, BUYER, nextKey(), openRequest(order, type, reason)));
      return ((CommandOutcome.Accepted) outcome).after();
    }

    public CommandOutcome send(AfterSalesCase c, Actor actor, CaseCommand command) {
      PartyId who = switch (actor) {
        case BUYER -> BUYER;
        case MERCHANT -> MERCHANT_STAFF;
        case PLATFORM -> PLATFORM_AGENT;
        case SYSTEM -> CommandEnvelope.SYSTEM_PARTY;
      };
      return service.handle(CommandEnvelope.to(SHOP, c.id(), actor, who, nextKey(), command));
    }

    public AfterSalesCase current(AfterSalesCase c) {
      return service.find(SHOP, c.id()).orElseThrow();
    }
  }
}
